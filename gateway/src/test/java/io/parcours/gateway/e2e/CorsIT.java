package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;

/** A single-page app hosted elsewhere reaches /graphql only from an origin on the configured list. */
@QuarkusIntegrationTest
class CorsIT {

    /** The one origin the test platform allows (quarkus.http.cors.origins, PARCOURS_CORS_ORIGINS in the run). */
    static final String ALLOWED_ORIGIN = "https://journeys.example.com";

    private static final String QUERY = "{\"query\":\"{ journeys { totalCount } }\"}";

    @Test
    void aListedOriginMayCallWithItsToken() {
        Response preflight = preflight(ALLOWED_ORIGIN);
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");

        Response call = given().header("Origin", ALLOWED_ORIGIN).header("Authorization", "Bearer "
                + Tokens.of("cors", "viewer")).contentType("application/json").body(QUERY).post("/graphql");
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(call.jsonPath().getInt("data.journeys.totalCount")).isZero();
    }

    @Test
    void anyOtherOriginIsRefusedBeforeTheCall() {
        Response preflight = preflight("https://elsewhere.example.org");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

        Response call = given().header("Origin", "https://elsewhere.example.org").header("Authorization", "Bearer "
                + Tokens.of("cors", "viewer")).contentType("application/json").body(QUERY).post("/graphql");
        assertThat(call.statusCode()).isEqualTo(403);
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
    }

    private static Response preflight(String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").options("/graphql");
    }
}
