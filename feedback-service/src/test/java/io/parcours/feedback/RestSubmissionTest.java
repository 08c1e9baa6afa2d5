package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** POST /api/v1/surveys/{surveyId}/responses, the mobile apps' endpoint. */
@QuarkusTest
class RestSubmissionTest {

    private final String workspace = "rest-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private Object surveyId;

    @BeforeEach
    void survey() {
        surveyId = Surveys.active(editor, Surveys.input("Mobile")).get("id");
    }

    @Test
    void createdThenDuplicateOnRetry() {
        Map<String, Object> body = body("app-1", 9);
        String id = as("collector").body(body).post(path(surveyId)).then().statusCode(201)
                .body("status", equalTo("ACCEPTED")).extract().path("responseId");
        as("collector").body(body).post(path(surveyId)).then().statusCode(200)
                .body("status", equalTo("DUPLICATE")).body("responseId", equalTo(id));
        assertThat(Surveys.count(editor, Map.of())).isEqualTo(1);
    }

    @Test
    void invalidResponseIs422WithViolations() {
        as("collector").body(body("app-2", 11)).post(path(surveyId)).then().statusCode(422)
                .body("code", equalTo("VALIDATION"))
                .body("violations.field", hasItem("answers[0].score"))
                .body("violations.rule", hasItem("question nps needs a score from 0 to 10"));
        assertThat(Surveys.count(editor, Map.of())).isZero();
    }

    @Test
    void unknownSurveyIs404AndRolesAreChecked() {
        as("collector").body(body("app-3", 9)).post(path(UUID.randomUUID())).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as("viewer").body(body("app-4", 9)).post(path(surveyId)).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(body("app-5", 9)).post(path(surveyId)).then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.forged(workspace, "collector"))
                .body(body("app-6", 9)).post(path(surveyId)).then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.of("other-" + UUID.randomUUID(), "collector"))
                .body(body("app-7", 9)).post(path(surveyId)).then().statusCode(404);
        assertThat(Surveys.count(editor, Map.of())).isZero();
    }

    @Test
    void openApiDocumentsTheEndpoint() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/surveys/{surveyId}/responses")).body(containsString("Submit one response"));
        Map<String, Object> responses = given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath().getMap("paths.'/api/v1/surveys/{surveyId}/responses'.post.responses");
        for (String status : new String[] { "400", "401", "403", "404", "415", "422" }) {
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) ((Map<?, ?>) responses.get(status)).get("content");
            assertThat(content).as(status).containsKey("application/problem+json");
        }
    }

    private RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.of(workspace, role));
    }

    @Test
    void http2ClientsAreServedAsOthersAre() throws Exception {
        // java.net.http asks a new connection to upgrade to HTTP/2 (h2c): the submission read by the request guard
        // once failed there with "Request has already been read" (500).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body("app-h2", 9));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + io.restassured.RestAssured.port + path(surveyId))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.of(workspace, "collector"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void aLargeBodyIsReadWhole() {
        // A body far over the guard's read buffer, still under 1 MiB: read as sent (an over-long field named), never
        // taken for another (a String body once came out blank when this large).
        Map<String, Object> body = body("app-large", 9);
        body.put("respondentRef", "r".repeat(300_000));
        as("collector").body(body).post(path(surveyId)).then().log().ifValidationFails().statusCode(422)
                .body("violations.field", hasItem("respondentRef"));
    }

    private static String path(Object surveyId) {
        return "/api/v1/surveys/" + surveyId + "/responses";
    }

    private static Map<String, Object> body(String clientId, int nps) {
        Map<String, Object> body = Surveys.response(null, clientId, Surveys.score("nps", nps));
        body.remove("surveyId");
        return body;
    }
}
