package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

    private static String path(Object surveyId) {
        return "/api/v1/surveys/" + surveyId + "/responses";
    }

    private static Map<String, Object> body(String clientId, int nps) {
        Map<String, Object> body = Surveys.response(null, clientId, Surveys.score("nps", nps));
        body.remove("surveyId");
        return body;
    }
}
