package io.parcours.feedback;

import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ResponseTest {

    private final String workspace = "responses-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String collector = Tokens.of(workspace, "collector");
    private Map<String, Object> survey;

    @BeforeEach
    void activeSurvey() {
        survey = Surveys.active(editor, Surveys.input("Checkout"));
    }

    @Test
    void aRetryIsStoredOnceAndAnswersWithTheOriginalId() {
        Map<String, Object> response = Surveys.response(survey.get("id"), "phone-1", score("nps", 9));
        JsonPath first = Surveys.submit(collector, response);
        assertThat(first.getString("data.submitResponse.status")).isEqualTo("ACCEPTED");
        String id = first.getString("data.submitResponse.responseId");
        assertThat(id).hasSize(36);

        JsonPath retry = Surveys.submit(collector, response);
        assertThat(retry.getString("data.submitResponse.status")).isEqualTo("DUPLICATE");
        assertThat(retry.getString("data.submitResponse.responseId")).isEqualTo(id);
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsOfOneResponseStoreIt() {
        Map<String, Object> response = Surveys.response(survey.get("id"), "flaky-network", score("nps", 10));
        List<CompletableFuture<JsonPath>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> Surveys.submit(collector, response)));
        }
        List<JsonPath> results = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(results.stream().map(r -> r.getString("data.submitResponse.status")))
                .containsOnlyOnce("ACCEPTED").containsOnly("ACCEPTED", "DUPLICATE");
        assertThat(results.stream().map(r -> r.getString("data.submitResponse.responseId")).distinct()).hasSize(1);
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void everyAnswerRuleNamesTheQuestionAndStoresNothing() {
        rejected(r -> r.put("answers", List.of(score("nps", 11))), "input.answers[0].score", "question nps needs a score from 0 to 10");
        rejected(r -> r.put("answers", List.of(score("nps", -1))), "input.answers[0].score", "from 0 to 10");
        rejected(r -> r.put("answers", List.of(score("nps", 5), score("csat", 0))), "input.answers[1].score",
                "question csat needs a score from 1 to 5");
        rejected(r -> r.put("answers", List.of(score("nps", 5), score("ces", 8))), "input.answers[1].score", "from 1 to 7");
        rejected(r -> r.put("answers", List.of(score("nps", 5), score("stars", 11))), "input.answers[1].score", "from 1 to 10");
        rejected(r -> r.put("answers", List.of(score("nps", 5), score("unknown", 1))), "input.answers[1].questionId",
                "no question unknown in version 1");
        rejected(r -> r.put("answers", List.of(score("csat", 5))), "input.answers", "question nps is required");
        rejected(r -> r.put("answers", List.of(score("nps", 5), score("nps", 6))), "input.answers[1].questionId",
                "question nps is answered twice");
        rejected(r -> r.put("answers", List.of(score("nps", 5), Map.of("questionId", "found", "optionIds", List.of("tv")))),
                "input.answers[1].optionIds", "question found has no option tv");
        rejected(r -> r.put("answers", List.of(score("nps", 5), Map.of("questionId", "found", "optionIds", List.of("search", "ad")))),
                "input.answers[1].optionIds", "question found is SINGLE_CHOICE and takes exactly one option");
        rejected(r -> r.put("answers", List.of(score("nps", 5), Map.of("questionId", "comment", "text", "x".repeat(21)))),
                "input.answers[1].text", "question comment needs a text of 1 to 20 characters");
        rejected(r -> r.put("answers", List.of(score("nps", 5), Map.of("questionId", "comment", "score", 3))),
                "input.answers[1]", "question comment is TEXT and takes a text only");
        rejected(r -> r.put("submittedAt", Instant.now().plusSeconds(3600).toString()), "input.submittedAt",
                "must not be more than 5 minutes in the future");
        rejected(r -> r.put("clientResponseId", ""), "input.clientResponseId", "must be 1 to 100 characters");
        rejected(r -> r.put("surveyVersion", 7), "input.surveyVersion", "no published version 7 of this survey");
        JsonPath multiple = Surveys.submit(collector, Surveys.response(survey.get("id"), "ok-multi", score("nps", 5),
                Map.of("questionId", "liked", "optionIds", List.of("price", "speed"))));
        assertThat(multiple.getString("data.submitResponse.status")).isEqualTo("ACCEPTED");
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void surveysThatTakeNoResponses() {
        Map<String, Object> draft = Surveys.create(editor, Surveys.input("Draft"));
        assertRejected(Surveys.submit(collector, Surveys.response(draft.get("id"), "d", score("nps", 5))),
                "the survey is DRAFT and takes no responses");

        Map<String, Object> later = Surveys.input("Later");
        later.put("opensAt", Instant.now().plusSeconds(86400).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        Map<String, Object> notYetOpen = Surveys.active(editor, later);
        assertRejected(Surveys.submit(collector, Surveys.response(notYetOpen.get("id"), "l", score("nps", 5))),
                "the survey is ACTIVE but not open at");

        GraphQL.call(editor, "mutation($id: ID!, $r: Int!) { closeSurvey(id: $id, expectedRevision: $r) { status } }",
                Map.of("id", survey.get("id"), "r", survey.get("revision")));
        assertRejected(Surveys.submit(collector, Surveys.response(survey.get("id"), "c", score("nps", 5))),
                "the survey is CLOSED and takes no responses");

        JsonPath unknown = Surveys.submit(collector, Surveys.response(UUID.randomUUID().toString(), "u", score("nps", 5)));
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        JsonPath foreign = Surveys.submit(Tokens.of("other-" + UUID.randomUUID(), "collector"),
                Surveys.response(survey.get("id"), "f", score("nps", 5)));
        assertThat(foreign.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(storedCount()).isZero();
    }

    @Test
    void responsesArePinnedToTheVersionTheyAnswered() {
        Map<String, Object> edited = Surveys.input("Checkout v2");
        ((List<Object>) edited.get("questions")).remove(6);
        Map<String, Object> draft = Surveys.ok(GraphQL.call(editor, "mutation($id: ID!, $input: SurveyInput!, $r: Int!) { "
                + "updateSurvey(id: $id, input: $input, expectedRevision: $r) { revision } }",
                Map.of("id", survey.get("id"), "input", edited, "r", survey.get("revision"))), "updateSurvey");
        GraphQL.call(editor, Surveys.PUBLISH, Map.of("id", survey.get("id"), "r", draft.get("revision")));
        Map<String, Object> comment = Map.of("questionId", "comment", "text", "Great");

        Map<String, Object> cachedOld = Surveys.response(survey.get("id"), "old-app", score("nps", 9), comment);
        cachedOld.put("surveyVersion", 1);
        assertThat(Surveys.submit(collector, cachedOld).getString("data.submitResponse.status")).isEqualTo("ACCEPTED");
        assertRejected(Surveys.submit(collector, Surveys.response(survey.get("id"), "new-app", score("nps", 9), comment)),
                "no question comment in version 2");
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void batchesAnswerPerItem() {
        List<Map<String, Object>> inputs = List.of(
                Surveys.response(survey.get("id"), "b1", score("nps", 10)),
                Surveys.response(survey.get("id"), "b2", score("nps", 42)),
                Surveys.response(survey.get("id"), "b1", score("nps", 10)),
                Surveys.response(UUID.randomUUID().toString(), "b3", score("nps", 1)));
        String batch = "mutation($inputs: [ResponseInput!]!) { submitResponses(inputs: $inputs) { clientResponseId status responseId reasons } }";
        JsonPath body = GraphQL.call(collector, batch, Map.of("inputs", inputs));

        assertThat(body.getList("data.submitResponses.status")).containsExactly("ACCEPTED", "REJECTED", "DUPLICATE", "REJECTED");
        assertThat(body.getString("data.submitResponses[2].responseId")).isEqualTo(body.getString("data.submitResponses[0].responseId"));
        assertThat(body.getList("data.submitResponses[1].reasons")).containsExactly("answers[0].score: question nps needs a score from 0 to 10");
        assertThat(body.getList("data.submitResponses[3].reasons")).containsExactly("surveyId: no survey with this id");

        JsonPath again = GraphQL.call(collector, batch, Map.of("inputs", inputs.subList(0, 1)));
        assertThat(again.getString("data.submitResponses[0].status")).isEqualTo("DUPLICATE");
        assertThat(storedCount()).isEqualTo(1);

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(Surveys.response(survey.get("id"), "many-" + i, score("nps", 8)));
        }
        JsonPath refused = GraphQL.call(collector, batch, Map.of("inputs", tooMany));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].message")).contains("inputs must hold 1 to 500 responses");
        JsonPath full = GraphQL.call(collector, batch, Map.of("inputs", tooMany.subList(0, 500)));
        assertThat(full.getList("data.submitResponses.status")).containsOnly("ACCEPTED").hasSize(500);
        assertThat(storedCount()).isEqualTo(501);
    }

    private void rejected(Consumer<Map<String, Object>> breakIt, String field, String rule) {
        Map<String, Object> response = Surveys.response(survey.get("id"), "r-" + UUID.randomUUID(), score("nps", 5));
        breakIt.accept(response);
        JsonPath body = Surveys.submit(collector, response);
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains(field).contains(rule);
        assertThat(storedCount()).isZero();
    }

    private static void assertRejected(JsonPath body, String reason) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains(reason);
    }

    private int storedCount() {
        return Surveys.count(editor, Map.of());
    }
}
