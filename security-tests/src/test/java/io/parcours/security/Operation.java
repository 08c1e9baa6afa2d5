package io.parcours.security;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One query or mutation of the gateway's schema, the variables it needs (made fresh from fixtures for each call)
 * and the roles allowed to run it.
 */
record Operation(String name, String document, Function<Fixtures, Map<String, Object>> variables, Set<String> allowed) {

    static final Set<String> READERS = Set.of("viewer", "editor", "admin");
    static final Set<String> WRITERS = Set.of("editor", "admin");
    static final Set<String> COLLECTORS = Set.of("collector", "editor", "admin", "mobile-backend");
    static final Set<String> ADMINS = Set.of("admin");

    static Operation of(String name, String document, Set<String> allowed) {
        return new Operation(name, document, fixtures -> Map.of(), allowed);
    }

    static Operation of(String name, String document, Function<Fixtures, Map<String, Object>> variables,
            Set<String> allowed) {
        return new Operation(name, document, variables, allowed);
    }
}
