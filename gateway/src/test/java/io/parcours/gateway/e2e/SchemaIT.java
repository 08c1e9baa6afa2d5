package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The public schema is kept in gateway/schema.graphql so that every change to it shows in a diff. After an
 * intended change: ./mvnw verify -pl gateway -Dparcours.schema.update=true, then commit the file.
 */
@QuarkusIntegrationTest
class SchemaIT {

    private static final Path KEPT = Path.of("schema.graphql");

    @Test
    void runningSchemaIsTheKeptOne() throws IOException {
        String running = given().header("Authorization", "Bearer " + Tokens.of("schema", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("parcours.schema.update")) {
            Files.writeString(KEPT, running);
        }
        assertThat(Files.exists(KEPT)).as("gateway/schema.graphql is missing; run with -Dparcours.schema.update=true").isTrue();
        assertThat(running).as("The gateway's schema changed: review the diff, then run with -Dparcours.schema.update=true "
                + "and commit gateway/schema.graphql").isEqualTo(Files.readString(KEPT));
    }
}
