package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.parcours.testing.KeptSchema;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The running gateway's public schema is gateway/schema.graphql, so any change to it shows in a diff. */
@QuarkusIntegrationTest
class SchemaIT {

    @Test
    void runningSchemaIsTheKeptOne() {
        KeptSchema.check(given().header("Authorization", "Bearer " + Tokens.of("schema", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
    }
}
