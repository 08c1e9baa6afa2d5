package io.parcours.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** Every token the gateway must not trust is HTTP 401, for reads and writes alike, before any subgraph call. */
class TokenRejectionIT {

    private static final String READ = "{ personas { totalCount } }";
    private static final String WRITE = "mutation { createPersona(input: {name: \"Mallory\"}) { id } }";

    private static SecuredPlatform platform;

    @BeforeAll
    static void platform() {
        platform = SecuredPlatform.get();
    }

    @Test
    void noTokenOrGarbage() {
        GraphQL.post(null, READ, Map.of()).then().statusCode(401);
        GraphQL.post(null, WRITE, Map.of()).then().statusCode(401);
        GraphQL.post("garbage", READ, Map.of()).then().statusCode(401);
    }

    @Test
    void expiredToken() {
        String expired = platform.tokens.expired("editor");
        GraphQL.post(expired, READ, Map.of()).then().statusCode(401);
        GraphQL.post(expired, WRITE, Map.of()).then().statusCode(401);
    }

    @Test
    void tokenOfAnotherRealm() {
        String master = platform.tokens.otherRealm();
        GraphQL.post(master, READ, Map.of()).then().statusCode(401);
        GraphQL.post(master, WRITE, Map.of()).then().statusCode(401);
    }

    @Test
    void forgedSignature() {
        String forged = platform.tokens.forged("admin");
        GraphQL.post(forged, READ, Map.of()).then().statusCode(401);
        GraphQL.post(forged, WRITE, Map.of()).then().statusCode(401);
    }

    @Test
    void genuineTokenIsAccepted() {
        JsonPath body = GraphQL.call(platform.tokens.password("viewer"), READ, Map.of());
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getInt("data.personas.totalCount")).isNotNegative();
    }
}
