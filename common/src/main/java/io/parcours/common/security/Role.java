package io.parcours.common.security;

import java.util.Set;

/** Realm roles of the Parcours Keycloak realm, and which of them may do what. */
public final class Role {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String COLLECTOR = "collector";
    public static final String ADMIN = "admin";

    /** May read everything in their workspace. */
    public static final Set<String> READERS = Set.of(VIEWER, EDITOR, ADMIN);
    /** May create, update and archive. */
    public static final Set<String> WRITERS = Set.of(EDITOR, ADMIN);
    /** May submit survey responses and record interactions (mobile apps, web sites). */
    public static final Set<String> COLLECTORS = Set.of(COLLECTOR, EDITOR, ADMIN);
    /** May erase data workspace-wide. */
    public static final Set<String> ADMINS = Set.of(ADMIN);

    private Role() {
    }
}
