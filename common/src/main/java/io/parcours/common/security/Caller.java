package io.parcours.common.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.parcours.common.error.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.json.JsonString;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The authenticated caller of the current request: which workspace it acts in and whether its roles
 * allow an operation. Authentication itself (a valid bearer token) is enforced by the HTTP layer.
 */
@ApplicationScoped
public class Caller {

    /** Token claim naming the brand or client account the caller works in. */
    static final String WORKSPACE_CLAIM = "workspace";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's workspace, or a FORBIDDEN failure if its roles do not allow reading. */
    public Uni<String> workspaceToRead() {
        return workspaceIfAnyRole(Role.READERS, "read data");
    }

    /** The caller's workspace, or a FORBIDDEN failure if its roles do not allow changes. */
    public Uni<String> workspaceToWrite() {
        return workspaceIfAnyRole(Role.WRITERS, "change data");
    }

    /** The caller's workspace, or a FORBIDDEN failure if its roles do not allow submitting events. */
    public Uni<String> workspaceToCollect() {
        return workspaceIfAnyRole(Role.COLLECTORS, "submit events");
    }

    /** Whether the caller holds one of these roles (for what a reader may see, not for what it may do). */
    public boolean hasAnyRole(Set<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    /**
     * @param operation what the roles allow, for the error: "Your role may not {operation}"
     */
    public Uni<String> workspaceIfAnyRole(Set<String> allowed, String operation) {
        try {
            return Uni.createFrom().item(checkedWorkspace(allowed, operation));
        } catch (ForbiddenException refused) {
            return Uni.createFrom().failure(refused);
        }
    }

    private String checkedWorkspace(Set<String> allowed, String operation) throws ForbiddenException {
        if (allowed.stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException("Your role may not " + operation
                    + "; one of " + String.join(", ", allowed.stream().sorted().toList()) + " is required");
        }
        return workspace();
    }

    private String workspace() throws ForbiddenException {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(WORKSPACE_CLAIM) : null;
        String workspace = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        if (workspace == null || workspace.isBlank()) {
            throw new ForbiddenException("The token carries no '" + WORKSPACE_CLAIM + "' claim");
        }
        return workspace;
    }
}
