package io.parcours.feedback;

import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.LimitChecks;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Scores against data computed by hand. */
@QuarkusTest
class ScoreTest {

    private final String workspace = "scores-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String collector = Tokens.of(workspace, "collector");
    private final String touchpointA = UUID.randomUUID().toString();
    private final String touchpointB = UUID.randomUUID().toString();
    private final String stage = UUID.randomUUID().toString();
    private final String journey = UUID.randomUUID().toString();
    private Object surveyA;
    private Object surveyB;

    @BeforeEach
    void surveys() {
        surveyA = survey(touchpointA);
        surveyB = survey(touchpointB);
    }

    @Test
    void emptySetHasNoScores() {
        JsonPath summary = summary(Map.of());
        assertThat(summary.getInt("data.feedbackSummary.responseCount")).isZero();
        assertThat((Object) summary.get("data.feedbackSummary.nps")).isNull();
        assertThat((Object) summary.get("data.feedbackSummary.csat")).isNull();
        assertThat((Object) summary.get("data.feedbackSummary.ces")).isNull();
    }

    @Test
    void npsCsatAndCesFollowTheirFormulas() {
        // NPS 10, 9, 8, 7, 6, 0: 2 promoters, 2 passives, 2 detractors → 33.3% − 33.3% = 0.0
        // CSAT 5, 4, 3, 2, 1, 4: 3 of 6 satisfied → 50.0%, mean 19 / 6 = 3.17
        // CES 7, 6, 2 (three responses only) → mean 5.0
        int[][] answers = { { 10, 5, 7 }, { 9, 4, 6 }, { 8, 3, 2 }, { 7, 2, -1 }, { 6, 1, -1 }, { 0, 4, -1 } };
        for (int i = 0; i < answers.length; i++) {
            submit(surveyA, "r" + i, answers[i][0], answers[i][1], answers[i][2], "2026-03-0" + (i + 1) + "T12:00:00Z");
        }
        JsonPath summary = summary(Map.of());
        assertThat(summary.getInt("data.feedbackSummary.responseCount")).isEqualTo(6);
        assertThat(summary.getMap("data.feedbackSummary.nps")).isEqualTo(Map.of("score", 0.0f, "promoters", 2,
                "passives", 2, "detractors", 2, "answers", 6));
        assertThat(summary.getFloat("data.feedbackSummary.csat.percentSatisfied")).isEqualTo(50.0f);
        assertThat(summary.getFloat("data.feedbackSummary.csat.mean")).isEqualTo(3.17f);
        assertThat(summary.getInt("data.feedbackSummary.csat.answers")).isEqualTo(6);
        assertThat(summary.getFloat("data.feedbackSummary.ces.mean")).isEqualTo(5.0f);
        assertThat(summary.getInt("data.feedbackSummary.ces.answers")).isEqualTo(3);
    }

    @Test
    void allPassivesScoreZeroAndPromotersRoundToOneDecimal() {
        submit(surveyA, "p1", 7, -1, -1, "2026-03-01T00:00:00Z");
        submit(surveyA, "p2", 8, -1, -1, "2026-03-01T00:00:00Z");
        submit(surveyA, "p3", 7, -1, -1, "2026-03-01T00:00:00Z");
        assertThat(summary(Map.of()).getMap("data.feedbackSummary.nps"))
                .isEqualTo(Map.of("score", 0.0f, "promoters", 0, "passives", 3, "detractors", 0, "answers", 3));
        // Add 10, 10, 9: 3 promoters of 6 → 50.0; then a 3: 3 of 7 promoters, 1 detractor → 28.571… → 28.6
        submit(surveyB, "q1", 10, -1, -1, "2026-03-02T00:00:00Z");
        submit(surveyB, "q2", 10, -1, -1, "2026-03-02T00:00:00Z");
        submit(surveyB, "q3", 9, -1, -1, "2026-03-02T00:00:00Z");
        assertThat(summary(Map.of()).getFloat("data.feedbackSummary.nps.score")).isEqualTo(50.0f);
        submit(surveyB, "q4", 3, -1, -1, "2026-03-03T00:00:00Z");
        assertThat(summary(Map.of()).getFloat("data.feedbackSummary.nps.score")).isEqualTo(28.6f);
    }

    @Test
    void filtersByLinkAndTime() {
        submit(surveyA, "a1", 10, -1, -1, "2026-03-01T10:00:00Z");
        submit(surveyA, "a2", 0, -1, -1, "2026-03-05T10:00:00Z");
        submit(surveyB, "b1", 9, -1, -1, "2026-03-09T10:00:00Z");

        assertThat(count(Map.of("touchpointId", touchpointA))).isEqualTo(2);
        assertThat(count(Map.of("touchpointId", touchpointB))).isEqualTo(1);
        assertThat(count(Map.of("surveyId", surveyB))).isEqualTo(1);
        assertThat(count(Map.of("stageId", stage))).isEqualTo(3);
        assertThat(count(Map.of("journeyId", UUID.randomUUID().toString()))).isZero();
        assertThat(count(Map.of("from", "2026-03-05T10:00:00Z"))).as("from is inclusive").isEqualTo(2);
        assertThat(count(Map.of("to", "2026-03-05T10:00:00Z"))).as("to is exclusive").isEqualTo(1);
        assertThat(summary(Map.of("touchpointId", touchpointA, "from", "2026-03-02T00:00:00Z"))
                .getFloat("data.feedbackSummary.nps.score")).isEqualTo(-100.0f);

        JsonPath reversed = GraphQL.call(editor, Surveys.SUMMARY, Map.of("f", Map.of("from", "2026-03-05T00:00:00Z",
                "to", "2026-03-01T00:00:00Z")));
        assertThat(reversed.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(reversed.getString("errors[0].message")).contains("filter.to must be after from");
    }

    @Test
    void wholeDaysFromDailyTalliesAgreeWithRawResponses() {
        submit(surveyA, "w1", 10, 5, -1, "2026-03-01T00:00:00Z");
        submit(surveyA, "w2", 3, 2, -1, "2026-03-01T23:59:59Z");
        submit(surveyB, "w3", 9, 4, -1, "2026-03-02T12:00:00Z");
        // Midnight bounds read the daily tallies only; a bound a millisecond earlier reads that edge raw.
        assertThat(summary(Map.of("from", "2026-03-01T00:00:00Z")).getMap("data.feedbackSummary"))
                .isEqualTo(summary(Map.of("from", "2026-02-28T23:59:59.999Z")).getMap("data.feedbackSummary"));
        JsonPath firstDay = summary(Map.of("from", "2026-03-01T00:00:00Z", "to", "2026-03-02T00:00:00Z"));
        assertThat(firstDay.getInt("data.feedbackSummary.responseCount")).isEqualTo(2);
        assertThat(firstDay.getFloat("data.feedbackSummary.csat.mean")).isEqualTo(3.5f);
        JsonPath withinOneDay = summary(Map.of("from", "2026-03-01T00:00:01Z", "to", "2026-03-01T23:59:59.500Z"));
        assertThat(withinOneDay.getInt("data.feedbackSummary.responseCount")).isEqualTo(1);
        assertThat(withinOneDay.getFloat("data.feedbackSummary.nps.score")).isEqualTo(-100.0f);
        JsonPath acrossMidnight = summary(Map.of("from", "2026-03-01T12:00:00Z", "to", "2026-03-02T13:00:00Z"));
        assertThat(acrossMidnight.getInt("data.feedbackSummary.responseCount")).isEqualTo(2);
        assertThat(acrossMidnight.getFloat("data.feedbackSummary.nps.score")).isEqualTo(0.0f);
    }

    @Test
    void trendsGroupByDayWeekAndMonth() {
        submit(surveyA, "d1", 10, -1, -1, "2026-03-02T08:00:00Z"); // Monday
        submit(surveyA, "d2", 0, -1, -1, "2026-03-02T20:00:00Z");
        submit(surveyA, "d3", 9, -1, -1, "2026-03-08T23:00:00Z"); // Sunday, same ISO week
        submit(surveyA, "d4", 9, -1, -1, "2026-04-01T00:00:00Z");
        String trend = "query($b: TrendBucket) { feedbackTrend(bucket: $b) { start summary { responseCount nps { score } } } }";

        JsonPath days = GraphQL.call(editor, trend, Map.of("b", "DAY"));
        assertThat(days.getList("data.feedbackTrend.start")).containsExactly("2026-03-02", "2026-03-08", "2026-04-01");
        assertThat(days.getList("data.feedbackTrend.summary.responseCount")).containsExactly(2, 1, 1);
        assertThat(days.getList("data.feedbackTrend.summary.nps.score", Float.class)).containsExactly(0.0f, 100.0f, 100.0f);

        JsonPath weeks = GraphQL.call(editor, trend, Map.of("b", "WEEK"));
        assertThat(weeks.getList("data.feedbackTrend.start")).containsExactly("2026-03-02", "2026-03-30");
        assertThat(weeks.getList("data.feedbackTrend.summary.responseCount")).containsExactly(3, 1);
        assertThat(weeks.getList("data.feedbackTrend.summary.nps.score", Float.class)).containsExactly(33.3f, 100.0f);

        JsonPath months = GraphQL.call(editor, trend, Map.of("b", "MONTH"));
        assertThat(months.getList("data.feedbackTrend.start")).containsExactly("2026-03-01", "2026-04-01");
        assertThat(months.getList("data.feedbackTrend.summary.responseCount")).containsExactly(3, 1);
    }

    @Test
    void batchSummariesAnswerInArgumentOrder() {
        submit(surveyA, "a1", 10, 5, -1, "2026-03-01T10:00:00Z");
        submit(surveyB, "b1", 0, 1, -1, "2026-03-01T10:00:00Z");
        submit(surveyB, "b2", 6, 2, -1, "2026-03-01T10:00:00Z");
        String unknown = UUID.randomUUID().toString();
        JsonPath body = GraphQL.call(editor, "query($ids: [String!]!) { summariesByTouchpointIds(ids: $ids) { responseCount "
                + "nps { score } csat { mean } } }", Map.of("ids", List.of(touchpointB, unknown, touchpointA)));
        assertThat(body.getList("data.summariesByTouchpointIds.responseCount")).containsExactly(2, 0, 1);
        assertThat(body.getFloat("data.summariesByTouchpointIds[0].nps.score")).isEqualTo(-100.0f);
        assertThat(body.getFloat("data.summariesByTouchpointIds[0].csat.mean")).isEqualTo(1.5f);
        assertThat((Object) body.get("data.summariesByTouchpointIds[1].nps")).isNull();
        assertThat(body.getFloat("data.summariesByTouchpointIds[2].nps.score")).isEqualTo(100.0f);

        JsonPath stages = GraphQL.call(editor, "query($ids: [String!]!) { summariesByStageIds(ids: $ids) { responseCount } }",
                Map.of("ids", List.of(stage)));
        assertThat(stages.getList("data.summariesByStageIds.responseCount")).containsExactly(3);

        JsonPath journeys = GraphQL.call(editor, "query($ids: [String!]!) { summariesByJourneyIds(ids: $ids, "
                + "from: \"2026-03-01T00:00:00Z\") { responseCount nps { score } } }", Map.of("ids", List.of(unknown, journey)));
        assertThat(journeys.getList("data.summariesByJourneyIds.responseCount")).containsExactly(0, 3);
        assertThat(journeys.getFloat("data.summariesByJourneyIds[1].nps.score")).isEqualTo(-33.3f);
    }

    @Test
    void feedbackBatchAnswersEachListAsItsOwnQueryWould() {
        submit(surveyA, "a1", 10, 5, -1, "2026-03-01T10:00:00Z");
        submit(surveyB, "b1", 0, 1, -1, "2026-03-01T10:00:00Z");
        String unknown = UUID.randomUUID().toString();
        JsonPath body = GraphQL.call(editor, """
                query($j: [String!]!, $s: [String!]!, $t: [String!]!, $st: [String!]!) {
                  feedbackBatch(journeyIds: $j, stageIds: $s, touchpointIds: $t, surveyTouchpointIds: $st) {
                    journeys { responseCount } stages { responseCount nps { score } }
                    touchpoints { responseCount csat { mean } } surveys { id touchpointId } } }""",
                Map.of("j", List.of(journey), "s", List.of(unknown, stage), "t", List.of(touchpointB, touchpointA),
                        "st", List.of(touchpointA, unknown)));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getList("data.feedbackBatch.journeys.responseCount")).containsExactly(2);
        assertThat(body.getList("data.feedbackBatch.stages.responseCount")).containsExactly(0, 2);
        assertThat(body.getFloat("data.feedbackBatch.stages[1].nps.score")).isEqualTo(0.0f);
        assertThat(body.getList("data.feedbackBatch.touchpoints.csat.mean", Float.class)).containsExactly(1.0f, 5.0f);
        assertThat(body.getList("data.feedbackBatch.surveys[0].id")).containsExactly(surveyA);
        assertThat(body.getList("data.feedbackBatch.surveys[1]")).isEmpty();

        JsonPath nothingAsked = GraphQL.call(editor, "{ feedbackBatch(journeyIds: [], stageIds: [], touchpointIds: [], "
                + "surveyTouchpointIds: []) { journeys { responseCount } surveys { id } } }");
        assertThat(nothingAsked.getList("data.feedbackBatch.journeys")).isEmpty();
        assertThat(nothingAsked.getList("data.feedbackBatch.surveys")).isEmpty();

        List<String> tooMany = IntStream.range(0, 1_001).mapToObj(i -> UUID.randomUUID().toString()).toList();
        JsonPath refused = GraphQL.call(editor, "query($t: [String!]!) { feedbackBatch(journeyIds: [], stageIds: [], "
                + "touchpointIds: $t, surveyTouchpointIds: []) { touchpoints { responseCount } } }", Map.of("t", tooMany));
        // Refused for its size before execution, naming the variable, as every list of every request.
        LimitChecks.assertLimit(refused, "maxListItems");
        assertThat(refused.getString("errors[0].message")).contains("$t has 1001 items");
    }

    @Test
    void erasingARespondentDeletesTheirResponsesOnly() {
        submit(surveyA, "e1", 10, -1, -1, "2026-03-01T10:00:00Z");
        submit(surveyA, "e2", 0, -1, -1, "2026-03-01T10:00:00Z");
        Map<String, Object> sameRespondent = Surveys.response(surveyB, "e3", score("nps", 0));
        sameRespondent.put("respondentRef", "respondent-e2");
        Surveys.submit(collector, sameRespondent);

        String erase = "mutation($ref: String!) { eraseRespondent(respondentRef: $ref) }";
        JsonPath editorTry = GraphQL.call(editor, erase, Map.of("ref", "respondent-e2"));
        assertThat(editorTry.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath foreign = GraphQL.call(Tokens.of("other-" + UUID.randomUUID(), "admin"), erase, Map.of("ref", "respondent-e2"));
        assertThat(foreign.getInt("data.eraseRespondent")).as("another workspace erases nothing here").isZero();
        assertThat(count(Map.of())).isEqualTo(3);

        JsonPath erased = GraphQL.call(Tokens.of(workspace, "admin"), erase, Map.of("ref", "respondent-e2"));
        assertThat(erased.getInt("data.eraseRespondent")).isEqualTo(2);
        assertThat(count(Map.of())).isEqualTo(1);
        assertThat(summary(Map.of()).getFloat("data.feedbackSummary.nps.score")).isEqualTo(100.0f);
    }

    @Test
    void touchpointStagesAndJourneysResolvedByKeyGetTheirScoresAndSurveys() {
        submit(surveyA, "k1", 10, -1, -1, "2026-03-01T10:00:00Z");
        submit(surveyB, "k2", 0, -1, -1, "2026-03-02T10:00:00Z");
        submit(surveyA, "k3", 9, -1, -1, "2026-04-01T10:00:00Z");
        String unknown = UUID.randomUUID().toString();
        String query = """
                query($r: [_Any!]!, $from: DateTime, $to: DateTime) { _entities(representations: $r) {
                  ... on Touchpoint { id feedback(from: $from, to: $to) { responseCount nps { score } } surveys { id } }
                  ... on Stage { id feedback(from: $from, to: $to) { responseCount nps { score } } }
                  ... on Journey { id feedback(from: $from, to: $to) { responseCount nps { score } } } } }""";
        Map<String, Object> variables = new HashMap<>(Map.of("r", List.of(entity("Touchpoint", touchpointB),
                entity("Touchpoint", unknown), entity("Touchpoint", touchpointA), entity("Stage", stage),
                entity("Journey", journey))));
        variables.put("from", "2026-03-01T00:00:00Z");
        variables.put("to", "2026-04-01T00:00:00Z");

        JsonPath march = GraphQL.call(editor, query, variables);

        assertThat(march.getList("errors")).as(march.prettify()).isNull();
        assertThat(march.getList("data._entities.id")).containsExactly(touchpointB, unknown, touchpointA, stage, journey);
        assertThat(march.getList("data._entities.feedback.responseCount")).as("k3 is in April").containsExactly(1, 0, 1, 2, 2);
        assertThat((Object) march.get("data._entities[1].feedback.nps")).as("no responses, no score").isNull();
        assertThat(march.getList("data._entities.feedback.nps.score")).as("the others, in order")
                .containsExactly(-100.0f, 100.0f, 0.0f, 0.0f);
        assertThat(march.getList("data._entities[0].surveys.id")).containsExactly(surveyB);
        assertThat(march.getList("data._entities[1].surveys")).isEmpty();
        assertThat(march.getList("data._entities[2].surveys.id")).containsExactly(surveyA);

        variables.remove("from");
        variables.remove("to");
        assertThat(GraphQL.call(editor, query, variables).getList("data._entities.feedback.responseCount"))
                .as("all time").containsExactly(1, 0, 2, 3, 3);
        JsonPath foreign = GraphQL.call(Tokens.of("other-" + UUID.randomUUID(), "viewer"), query, variables);
        assertThat(foreign.getList("data._entities.feedback.responseCount")).as("another workspace's responses stay unseen")
                .containsExactly(0, 0, 0, 0, 0);
        assertThat(foreign.getList("data._entities[2].surveys")).isEmpty();
    }

    @Test
    void aBatchedFieldSelectedWithTwoRangesIsRefusedNamingIt() {
        submit(surveyA, "b1", 10, -1, -1, "2026-03-01T10:00:00Z");
        String twoRanges = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Touchpoint { "
                + "march: feedback(from: \"2026-03-01T00:00:00Z\") { responseCount } "
                + "june: feedback(from: \"2026-06-01T00:00:00Z\") { responseCount } } } }";
        Map<String, Object> variables = Map.of("r", List.of(entity("Touchpoint", touchpointA)));

        JsonPath refused = GraphQL.call(editor, twoRanges, variables);

        // Read in one batch, the second alias would silently get the first one's range.
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].message")).contains("Touchpoint.feedback")
                .contains("(from: 2026-03-01T00:00:00Z) and (from: 2026-06-01T00:00:00Z)");
        assertThat((Object) refused.get("data")).isNull();
        JsonPath sameRange = GraphQL.call(editor, twoRanges.replace("2026-06-01", "2026-03-01"), variables);
        assertThat(sameRange.getList("errors")).as(sameRange.prettify()).isNull();
        assertThat(sameRange.getInt("data._entities[0].june.responseCount")).isEqualTo(1);
        JsonPath rootFields = GraphQL.call(editor, "{ march: feedbackSummary(filter: { from: \"2026-03-01T00:00:00Z\" }) "
                + "{ responseCount } june: feedbackSummary(filter: { from: \"2026-06-01T00:00:00Z\" }) { responseCount } }");
        assertThat(rootFields.getList("errors")).as("root fields are not batched: each its own range").isNull();
        assertThat(rootFields.getInt("data.march.responseCount")).isEqualTo(1);
        assertThat(rootFields.getInt("data.june.responseCount")).isZero();
    }

    private static Map<String, Object> entity(String type, String id) {
        return Map.of("__typename", type, "id", id);
    }

    private Object survey(String touchpoint) {
        Map<String, Object> input = Surveys.input("Survey " + touchpoint);
        input.put("touchpointId", touchpoint);
        input.put("stageId", stage);
        input.put("journeyId", journey);
        return Surveys.active(editor, input).get("id");
    }

    /** A response with the given scores; −1 leaves that question unanswered. */
    private void submit(Object survey, String client, int nps, int csat, int ces, String at) {
        List<Map<String, Object>> answers = new java.util.ArrayList<>(List.of(score("nps", nps)));
        if (csat >= 0) {
            answers.add(score("csat", csat));
        }
        if (ces >= 0) {
            answers.add(score("ces", ces));
        }
        Map<String, Object> response = Surveys.response(survey, client);
        response.put("answers", answers);
        response.put("submittedAt", at);
        JsonPath body = Surveys.submit(collector, response);
        assertThat(body.getString("data.submitResponse.status")).as(body.prettify()).isEqualTo("ACCEPTED");
    }

    private JsonPath summary(Map<String, Object> filter) {
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), Surveys.SUMMARY, Map.of("f", new HashMap<>(filter)));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body;
    }

    private int count(Map<String, Object> filter) {
        return summary(filter).getInt("data.feedbackSummary.responseCount");
    }
}
