package io.parcours.persona;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Malformed GraphQL requests are 4xx with a GraphQL-shaped BAD_REQUEST error, never a 500. */
@QuarkusTest
class MalformedRequestTest {

    private final String token = Tokens.of("malformed-" + UUID.randomUUID(), "viewer");

    @Test
    void onlyJsonIsExecuted() {
        authorized().contentType("text/plain").body("{\"query\":\"{ personas { totalCount } }\"}").post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("application/json"));
        authorized().contentType("application/x-www-form-urlencoded").body("query=%7B__typename%7D").post("/graphql")
                .then().statusCode(415);
    }

    @Test
    void aRepeatedJsonContentTypeIsJson() {
        // What GraphiQL in Chromium sends: the page's default header and the fetcher's, joined.
        authorized().contentType("application/json, application/json")
                .body("{\"query\": \"{ personas { totalCount } }\"}".getBytes(StandardCharsets.UTF_8)).post("/graphql").then().statusCode(200)
                .body("data.personas.totalCount", equalTo(0));
        authorized().contentType("application/json, text/plain")
                .body("{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))
                .post("/graphql").then().statusCode(415);
    }

    @Test
    void aByteOrderMarkIsRefusedWithAReason() {
        authorized().contentType("application/json").body("\uFEFF{\"query\": \"{ __typename }\"}").post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("byte order mark"));
    }

    @Test
    void syntaxErrorsAreRequestErrors() {
        authorized().contentType("application/json").body("{\"query\": \"{ personas { \"}").post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].message", containsString("Invalid syntax"));
    }

    @Test
    void envelopeMembersMustHaveTheirTypes() {
        bad("{\"query\": 5}", "query must be a string");
        bad("{\"variables\": {}}", "query must be a string");
        bad("{\"query\": \"{ __typename }\", \"operationName\": 5}", "operationName must be a string or null");
        bad("{\"query\": \"{ __typename }\", \"variables\": \"x\"}", "variables must be an object or null");
        bad("{\"query\": \"{ __typename }\", \"extensions\": []}", "extensions must be an object or null");
        bad("[{\"query\": \"{ __typename }\"}]", "Batched requests are not supported");
        bad("{\"query\": ", "The body is not valid JSON (at line 1");
        bad("", "The body must be a JSON object");
    }

    @Test
    void deepNestingAndHugeNumbersAreRefused() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        bad("{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + deep + "}}", "nested at most 64 levels");
        bad("{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + "9".repeat(1200) + "}}", "numbers of at most 64 digits");
    }

    @Test
    void wellFormedRequestsStillRun() {
        authorized().contentType("application/json").body("{\"query\": \"{ personas { totalCount } }\", \"variables\": null}")
                .post("/graphql").then().statusCode(200).body("data.personas.totalCount", equalTo(0));
        authorized().contentType("application/json; charset=utf-8").body("{\"query\": \"{ __typename }\", \"operationName\": null}")
                .post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    private void bad(String body, String message) {
        authorized().contentType("application/json").body(body).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString(message));
    }

    private RequestSpecification authorized() {
        return given().header("Authorization", "Bearer " + token);
    }
}
