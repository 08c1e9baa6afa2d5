package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every refusal of the REST endpoint is an RFC 9457 problem naming the field as the body names it (answers[0].score,
 * not GraphQL's input.answers[0].score) and the rule, and nothing is stored.
 * A fractional score, a numeric string and an unknown field were once accepted; bodies that were not JSON got an
 * empty 400.
 */
@QuarkusTest
class RestRefusalTest {

    private final String workspace = "rest-refusals-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private Object surveyId;

    @BeforeEach
    void survey() {
        surveyId = Surveys.active(editor, Surveys.input("Mobile")).get("id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fractional score      | 422 | answers[0].score        | "score": 4.5
            numeric string score  | 422 | answers[0].score        | "score": "4"
            score of 2^31         | 422 | answers[0].score        | "score": 2147483648
            score of 2^32 + 4     | 422 | answers[0].score        | "score": 4294967300
            boolean score         | 422 | answers[0].score        | "score": true
            unknown field         | 422 | answers[0].rating       | "score": 9, "rating": 5
            """)
    void answerValuesThatDoNotFit(String label, int status, String field, String answer) {
        String body = "{\"clientResponseId\": \"c-" + UUID.randomUUID() + "\", \"channel\": \"MOBILE_APP\", "
                + "\"submittedAt\": \"" + Instant.now().minusSeconds(60) + "\", "
                + "\"answers\": [{\"questionId\": \"nps\", " + answer + "}]}";
        assertProblem(post("application/json", body), status, field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated JSON    | 400 | (body)          | {"clientResponseId": "c1", "answ
            not JSON          | 400 | (body)          | clientResponseId=c1
            a JSON array      | 400 | (body)          | [{"clientResponseId": "c1"}]
            null              | 400 | (body)          | null
            a string          | 400 | (body)          | "c1"
            blank             | 400 | (body)          | '   '
            nested too deep   | 400 | (body)          | {"clientResponseId": "c1", "answers": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
            cut in answers    | 400 | (body)          | {"clientResponseId": "c1", "answers": [{"questionId": "nps", "sco
            answers a string  | 422 | answers         | {"clientResponseId": "c1", "answers": "nps=9"}
            id a number       | 422 | clientResponseId | {"clientResponseId": 17, "answers": []}
            no submittedAt    | 422 | submittedAt     | {"clientResponseId": "c1", "answers": [{"questionId": "nps", "score": 9}]}
            unknown top field | 422 | rating          | {"clientResponseId": "c1", "rating": 5}
            channel unknown   | 422 | channel         | {"clientResponseId": "c1", "channel": "FAX"}
            """)
    void bodiesThatAreNotAResponse(String label, int status, String field, String body) {
        assertProblem(post("application/json", body), status, field);
    }

    @org.junit.jupiter.api.Test
    void anEmptyBodyOrAByteOrderMarkIsNotAResponse() {
        assertProblem(post("application/json", ""), 400, "(body)");
        assertProblem(given().contentType("application/json")
                .header("Authorization", "Bearer " + Tokens.of(workspace, "collector"))
                .body(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, validBody().getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/surveys/" + surveyId + "/responses"), 400, "(body)");
    }

    @org.junit.jupiter.api.Test
    void aRepeatedJsonTypeIsAcceptedAsOnGraphQL() {
        post("application/json, application/json", validBody()).then().statusCode(201);
    }

    @org.junit.jupiter.api.Test
    void bodiesOverOneMebibyteAreRefusedBeforeTheyAreRead() {
        String large = "{\"clientResponseId\": \"" + "x".repeat(1024 * 1024) + "\"}";
        var declared = post("application/json", large);
        declared.then().statusCode(413).contentType("application/problem+json");
        assertThat(declared.jsonPath().getString("code")).isEqualTo("LIMIT_EXCEEDED");
        assertThat(declared.jsonPath().getString("detail")).contains("1048576");
        var chunked = given().contentType("application/json").header("Authorization", "Bearer " + Tokens.of(workspace,
                "collector")).body(new java.io.ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/surveys/" + surveyId + "/responses");
        chunked.then().statusCode(413).contentType("application/problem+json");
        assertThat(chunked.jsonPath().getString("code")).isEqualTo("LIMIT_EXCEEDED");
        assertThat(Surveys.count(editor, java.util.Map.of())).isZero();
        post("application/json", validBody()).then().statusCode(201);
    }

    @org.junit.jupiter.api.Test
    void plainTextIsRefusedWithAProblem() {
        var response = post("text/plain", "{\"clientResponseId\": \"c1\"}");
        response.then().statusCode(415).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("application/json");
        assertThat(Surveys.count(editor, java.util.Map.of())).isZero();
    }

    private static String validBody() {
        return "{\"clientResponseId\": \"c-" + UUID.randomUUID() + "\", \"channel\": \"MOBILE_APP\", "
                + "\"submittedAt\": \"" + Instant.now().minusSeconds(60) + "\", "
                + "\"answers\": [{\"questionId\": \"nps\", \"score\": 9}]}";
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private io.restassured.response.Response post(String contentType, String body) {
        return given().contentType(contentType).header("Authorization", "Bearer " + Tokens.of(workspace, "collector"))
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/surveys/" + surveyId + "/responses");
    }

    private void assertProblem(io.restassured.response.Response response, int status, String field) {
        response.then().statusCode(status).contentType("application/problem+json");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("code")).isEqualTo(status == 400 ? "BAD_REQUEST" : "VALIDATION");
        assertThat(problem.getList("violations.field", String.class)).contains(field);
        assertThat(problem.getString("violations[0].rule")).isNotBlank();
        assertThat(problem.getString("detail")).doesNotContainPattern("java\\.|io\\.parcours|Exception|HashMap");
        assertThat(Surveys.count(editor, java.util.Map.of())).isZero();
    }
}
