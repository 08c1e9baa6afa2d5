package io.parcours.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/**
 * Each role's allowed and refused operations, through the gateway, with tokens from Keycloak: every query and
 * mutation of the schema for viewer, editor, collector, admin (password grant) and the mobile backend (client
 * credentials). Allowed: the operation succeeds. Refused: FORBIDDEN, and nothing comes back.
 */
class RolePermissionsIT {

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static Fixtures fixtures;

    @BeforeAll
    static void tokens() {
        SecuredPlatform platform = SecuredPlatform.get();
        for (String login : List.of("viewer", "editor", "collector", "admin")) {
            TOKENS.put(login, platform.tokens.password(login));
        }
        TOKENS.put("mobile-backend", platform.tokens.mobileBackend());
        fixtures = new Fixtures(TOKENS.get("editor"), TOKENS.get("admin"));
    }

    @TestFactory
    List<DynamicTest> everyOperationForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : Operations.all()) {
            TOKENS.forEach((role, token) -> {
                boolean allowed = operation.allowed().contains(role);
                tests.add(DynamicTest.dynamicTest(operation.name() + " by " + role + (allowed ? " is allowed" : " is refused"),
                        () -> check(operation, role, token, allowed)));
            });
        }
        return tests;
    }

    @Test
    void theCatalogCoversTheWholeSchema() {
        // One root type per request: graphql-java refuses introspection that repeats __Type.fields.
        List<String> operations = new ArrayList<>();
        for (String root : List.of("queryType", "mutationType")) {
            JsonPath schema = GraphQL.call(TOKENS.get("viewer"), "{ __schema { " + root + " { fields { name } } } }");
            assertThat(schema.getList("errors")).as(schema.prettify()).isNull();
            operations.addAll(schema.getList("data.__schema." + root + ".fields.name"));
        }
        assertThat(Operations.all().stream().map(Operation::name)).containsExactlyInAnyOrderElementsOf(operations);
    }

    private static void check(Operation operation, String role, String token, boolean allowed) {
        JsonPath body = GraphQL.call(token, operation.document(), operation.variables().apply(fixtures));
        if (allowed) {
            assertThat(body.getList("errors")).as(body.prettify()).isNull();
            assertThat((Object) body.get("data." + operation.name())).as(body.prettify()).isNotNull();
        } else {
            assertThat(body.getList("errors.extensions.code")).as(body.prettify()).containsOnly("FORBIDDEN");
            assertThat((Object) body.get("data." + operation.name())).isNull();
        }
    }
}
