package io.parcours.persona.security;

import java.util.Set;

/** Realm roles of the Parcours Keycloak realm, and which of them may do what here. */
public final class Role {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** May read personas of their workspace. */
    static final Set<String> READERS = Set.of(VIEWER, EDITOR, ADMIN);
    /** May create, update, archive and restore personas. */
    static final Set<String> WRITERS = Set.of(EDITOR, ADMIN);

    private Role() {
    }
}
