package io.parcours.feedback;

import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.worker.ScoreDropWorker;
import io.parcours.feedback.support.Alerts;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Alert rules, the alerts responses and score drops raise, their follow-up, roles and workspaces. */
@QuarkusTest
class AlertTest {

    private final String workspace = "alerts-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String viewer = Tokens.of(workspace, "viewer");
    private final String collector = Tokens.of(workspace, "collector");
    private final String journey = UUID.randomUUID().toString();
    private final String stage = UUID.randomUUID().toString();
    private final String touchpoint = UUID.randomUUID().toString();
    private Map<String, Object> survey;

    @Inject
    ScoreDropWorker scoreDrops;

    @Inject
    ReactiveMongoClient mongo;

    @BeforeEach
    void activeSurvey() {
        Map<String, Object> input = Surveys.input("Delivery");
        input.put("journeyId", journey);
        input.put("stageId", stage);
        input.put("touchpointId", touchpoint);
        survey = Surveys.active(editor, input);
    }

    @Test
    void aDetractorRaisesOneAlertHoweverOftenItIsSent() {
        Map<String, Object> rule = Alerts.rule("DETRACTOR", "Call detractors back");
        rule.put("journeyId", journey);
        String ruleId = (String) Alerts.createRule(editor, rule).get("id");
        Alerts.createRule(editor, Alerts.rule("LOW_CSAT", "Unhappy"));

        Map<String, Object> detractor = Surveys.response(survey.get("id"), "angry", score("nps", 3), score("csat", 4));
        String responseId = Surveys.submit(collector, detractor).getString("data.submitResponse.responseId");
        assertThat(Surveys.submit(collector, detractor).getString("data.submitResponse.status")).isEqualTo("DUPLICATE");
        Surveys.submit(collector, Surveys.response(survey.get("id"), "fan", score("nps", 10), score("csat", 5)));
        awaitOutboxDrained();

        List<Map<String, Object>> alerts = Alerts.all(viewer, null);
        assertThat(alerts).hasSize(1);
        Map<String, Object> alert = alerts.get(0);
        assertThat(alert).containsEntry("kind", "DETRACTOR").containsEntry("state", "OPEN").containsEntry("ruleId", ruleId)
                .containsEntry("ruleName", "Call detractors back").containsEntry("responseId", responseId)
                .containsEntry("respondentRef", "respondent-angry").containsEntry("questionId", "nps")
                .containsEntry("score", 3).containsEntry("journeyId", journey).containsEntry("stageId", stage)
                .containsEntry("touchpointId", touchpoint).containsEntry("surveyId", survey.get("id"));

        // The same response's events worked out again (a crash before the outbox record was removed): no new alert.
        requeue(responseId);
        awaitOutboxDrained();
        assertThat(Alerts.all(viewer, null)).hasSize(1);
    }

    @Test
    void rulesInOtherScopesAndDisabledRulesDoNotFire() {
        Map<String, Object> otherJourney = Alerts.rule("DETRACTOR", "Elsewhere");
        otherJourney.put("journeyId", UUID.randomUUID().toString());
        Alerts.createRule(editor, otherJourney);
        Map<String, Object> disabled = Alerts.rule("DETRACTOR", "Off");
        disabled.put("enabled", false);
        Alerts.createRule(editor, disabled);
        Map<String, Object> effort = Alerts.rule("HIGH_EFFORT", "Hard");
        effort.put("touchpointId", touchpoint);
        Alerts.createRule(editor, effort);

        Surveys.submit(collector, Surveys.response(survey.get("id"), "d", score("nps", 0), score("ces", 5)));
        Surveys.submit(collector, Surveys.response(survey.get("id"), "e", score("nps", 9), score("ces", 1)));
        awaitOutboxDrained();
        assertThat(Alerts.all(viewer, null)).extracting(a -> a.get("kind") + " " + a.get("respondentRef"))
                .containsExactly("HIGH_EFFORT respondent-e");
    }

    @Test
    void anAlertMovesForwardOnlyAndEachStepIsRecorded() {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        String id = raiseOne("late-parcel");

        JsonPath acknowledged = GraphQL.call(editor, "mutation($id: ID!) { acknowledgeAlert(id: $id, assignee: "
                + "\"ana@example.com\", note: \"Calling today\") { state assignee note acknowledgedAt closedAt } }",
                Map.of("id", id));
        assertThat(acknowledged.getMap("data.acknowledgeAlert")).containsEntry("state", "ACKNOWLEDGED")
                .containsEntry("assignee", "ana@example.com").containsEntry("note", "Calling today")
                .containsEntry("closedAt", null);
        assertThat(acknowledged.getString("data.acknowledgeAlert.acknowledgedAt")).isNotNull();
        assertCode(GraphQL.call(editor, "mutation($id: ID!) { acknowledgeAlert(id: $id) { state } }", Map.of("id", id)),
                "CONFLICT", "The alert is ACKNOWLEDGED and cannot be acknowledged");

        JsonPath reassigned = GraphQL.call(editor, "mutation($id: ID!) { updateAlert(id: $id, assignee: \"Bo\") "
                + "{ state assignee note } }", Map.of("id", id));
        assertThat(reassigned.getMap("data.updateAlert")).containsEntry("state", "ACKNOWLEDGED")
                .containsEntry("assignee", "Bo").containsEntry("note", "Calling today");

        JsonPath closed = GraphQL.call(editor, "mutation($id: ID!) { closeAlert(id: $id, note: \"Refunded\") "
                + "{ state note closedAt } }", Map.of("id", id));
        assertThat(closed.getMap("data.closeAlert")).containsEntry("state", "CLOSED").containsEntry("note", "Refunded");
        assertCode(GraphQL.call(editor, "mutation($id: ID!) { closeAlert(id: $id) { state } }", Map.of("id", id)),
                "CONFLICT", "only ACKNOWLEDGED or OPEN alerts can");
        assertCode(GraphQL.call(editor, "mutation($id: ID!) { updateAlert(id: $id, note: \"x\") { state } }",
                Map.of("id", id)), "CONFLICT", "The alert is CLOSED");

        // Straight from OPEN to CLOSED.
        String other = raiseOne("wrong-size");
        assertThat(GraphQL.call(editor, "mutation($id: ID!) { closeAlert(id: $id) { state acknowledgedAt } }",
                Map.of("id", other)).getMap("data.closeAlert")).containsEntry("state", "CLOSED")
                .containsEntry("acknowledgedAt", null);
        assertThat(Alerts.all(viewer, Map.of("state", "CLOSED"))).hasSize(2);
        assertThat(Alerts.all(viewer, Map.of("state", "OPEN"))).isEmpty();
        assertThat(Alerts.all(viewer, Map.of("assignee", "Bo"))).extracting(a -> a.get("id")).containsExactly(id);
    }

    @Test
    void badFollowUpValuesAreRefusedAndChangeNothing() {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        String id = raiseOne("bad-values");
        String acknowledge = "mutation($id: ID!, $a: String, $n: String) { acknowledgeAlert(id: $id, assignee: $a, "
                + "note: $n) { state } }";
        Map<String, Object> blank = new HashMap<>(Map.of("id", id, "a", "  "));
        assertCode(GraphQL.call(editor, acknowledge, blank), "VALIDATION", "assignee must be 1–200 characters");
        assertCode(GraphQL.call(editor, acknowledge, Map.of("id", id, "a", "x".repeat(201))), "VALIDATION",
                "assignee must be 1–200 characters");
        assertCode(GraphQL.call(editor, acknowledge, Map.of("id", id, "n", "x".repeat(2001))), "VALIDATION",
                "note must be at most 2000 characters");
        assertCode(GraphQL.call(editor, "mutation($id: ID!) { updateAlert(id: $id) { state } }", Map.of("id", id)),
                "VALIDATION", "assignee or note must be given");
        assertCode(GraphQL.call(editor, acknowledge, Map.of("id", UUID.randomUUID().toString())), "NOT_FOUND", "No alert");
        assertThat(Alerts.all(viewer, null).get(0)).containsEntry("state", "OPEN").containsEntry("assignee", null)
                .containsEntry("note", null);
    }

    @Test
    void alertsArePagedNewestFirst() {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        List<String> raised = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            raised.add(0, raiseOne("page-" + i));
        }
        JsonPath first = Alerts.list(viewer, null, 2, null);
        assertThat(first.getInt("data.alerts.totalCount")).isEqualTo(3);
        assertThat(first.getBoolean("data.alerts.pageInfo.hasNextPage")).isTrue();
        JsonPath second = Alerts.list(viewer, null, 2, first.getString("data.alerts.pageInfo.endCursor"));
        assertThat(second.getBoolean("data.alerts.pageInfo.hasNextPage")).isFalse();
        List<Object> ids = new ArrayList<>(first.getList("data.alerts.edges.node.id"));
        ids.addAll(second.getList("data.alerts.edges.node.id"));
        assertThat(ids).containsExactlyElementsOf(raised);

        assertCode(Alerts.list(viewer, null, 0, null), "VALIDATION", "first must be between 1 and 100");
        assertCode(Alerts.list(viewer, null, 101, null), "VALIDATION", "first must be between 1 and 100");
        assertCode(Alerts.list(viewer, null, 2, "not-a-cursor"), "VALIDATION", "after must be a cursor");
    }

    @Test
    void everyRuleFieldIsChecked() {
        Map<String, Map<String, Object>> refused = new HashMap<>();
        refused.put("input.name must not be blank", with(Alerts.rule("DETRACTOR", " "), Map.of()));
        refused.put("input.name size must be between 0 and 120", with(Alerts.rule("DETRACTOR", "x".repeat(121)), Map.of()));
        refused.put("input.journeyId must be a journey id (UUID)", with(Alerts.rule("DETRACTOR", "n"), Map.of("journeyId", "j1")));
        refused.put("input.journeyId at most one of journeyId, stageId and touchpointId", with(Alerts.rule("DETRACTOR", "n"),
                Map.of("journeyId", journey, "touchpointId", touchpoint)));
        refused.put("input.metric applies only to SCORE_DROP rules", with(Alerts.rule("DETRACTOR", "n"), Map.of("metric", "NPS")));
        refused.put("input.minimumResponses applies only to SCORE_DROP rules",
                with(Alerts.rule("LOW_CSAT", "n"), Map.of("minimumResponses", 5)));
        refused.put("input.metric is required for a SCORE_DROP rule", drop(Map.of("metric", "")));
        refused.put("input.windowDays is required for a SCORE_DROP rule", drop(Map.of("windowDays", "")));
        refused.put("input.minimumDrop is required for a SCORE_DROP rule", drop(Map.of("minimumDrop", "")));
        refused.put("input.windowDays must be between 1 and 30", drop(Map.of("windowDays", 0)));
        refused.put("input.windowDays must be between 1 and 30 ", drop(Map.of("windowDays", 31)));
        refused.put("input.minimumDrop must be more than 0", drop(Map.of("minimumDrop", 0)));
        refused.put("input.minimumDrop must be at most 200", drop(Map.of("minimumDrop", 200.5)));
        refused.put("input.minimumDrop must be at most 100 for CSAT", drop(Map.of("metric", "CSAT", "minimumDrop", 150)));
        refused.put("input.minimumResponses must be between 1 and 100000", drop(Map.of("minimumResponses", 0)));
        refused.put("input.minimumResponses must be between 1 and 100000 ", drop(Map.of("minimumResponses", 100_001)));
        refused.forEach((rule, input) -> assertCode(GraphQL.call(editor, Alerts.CREATE_RULE, Map.of("input", input)),
                "VALIDATION", rule.strip()));
        // Wrong types never reach the rules: refused by the schema, naming the argument.
        assertCode(GraphQL.call(editor, Alerts.CREATE_RULE, Map.of("input", drop(Map.of("windowDays", 2.5)))),
                "VALIDATION", "Variable $input.windowDays must be an Int");
        assertCode(GraphQL.call(editor, Alerts.CREATE_RULE, Map.of("input", with(Alerts.rule("LOUD", "n"), Map.of()))),
                "VALIDATION", "kind");
        assertThat(GraphQL.call(viewer, "{ alertRules { id } }").getList("data.alertRules")).isEmpty();

        Map<String, Object> good = drop(Map.of());
        Map<String, Object> created = Alerts.createRule(editor, good);
        assertThat(created).containsEntry("metric", "NPS").containsEntry("windowDays", 7).containsEntry("minimumDrop", 15.5f)
                .containsEntry("minimumResponses", 10).containsEntry("enabled", true).containsEntry("revision", 1);
    }

    @Test
    void rulesAreUpdatedAtTheirRevisionAndDeleted() {
        Map<String, Object> created = Alerts.createRule(editor, Alerts.rule("DETRACTOR", "First"));
        String update = "mutation($id: ID!, $input: AlertRuleInput!, $r: Int!) { updateAlertRule(id: $id, input: $input, "
                + "expectedRevision: $r) { name kind revision } }";
        JsonPath updated = GraphQL.call(editor, update, Map.of("id", created.get("id"), "input",
                Alerts.rule("LOW_CSAT", "Renamed"), "r", 1));
        assertThat(updated.getMap("data.updateAlertRule")).containsEntry("name", "Renamed").containsEntry("kind", "LOW_CSAT")
                .containsEntry("revision", 2);
        assertCode(GraphQL.call(editor, update, Map.of("id", created.get("id"), "input", Alerts.rule("LOW_CSAT", "Stale"),
                "r", 1)), "CONFLICT", "is at revision 2, not 1");
        assertCode(GraphQL.call(editor, update, Map.of("id", created.get("id"), "input", Alerts.rule("LOW_CSAT", " "),
                "r", 2)), "VALIDATION", "input.name must not be blank");
        assertThat(GraphQL.call(viewer, "{ alertRules { name } }").getList("data.alertRules.name")).containsExactly("Renamed");

        String delete = "mutation($id: ID!) { deleteAlertRule(id: $id) }";
        assertThat(GraphQL.call(editor, delete, Map.of("id", created.get("id"))).getBoolean("data.deleteAlertRule")).isTrue();
        assertCode(GraphQL.call(editor, delete, Map.of("id", created.get("id"))), "NOT_FOUND", "No alert rule");
        assertThat(GraphQL.call(viewer, "{ alertRules { name } }").getList("data.alertRules")).isEmpty();
    }

    @Test
    void viewersReadEditorsActCollectorsAndOtherWorkspacesSeeNothing() {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        String id = raiseOne("roles");
        String acknowledge = "mutation($id: ID!) { acknowledgeAlert(id: $id) { state } }";

        assertCode(GraphQL.call(viewer, Alerts.CREATE_RULE, Map.of("input", Alerts.rule("DETRACTOR", "n"))), "FORBIDDEN",
                "Your role may not change data");
        assertCode(GraphQL.call(viewer, acknowledge, Map.of("id", id)), "FORBIDDEN", "Your role may not change data");
        assertCode(GraphQL.call(collector, "{ alertRules { id } }"), "FORBIDDEN", "Your role may not read data");
        assertCode(Alerts.list(collector, null, 10, null), "FORBIDDEN", "Your role may not read data");
        GraphQL.post(null, "{ alerts { totalCount } }", Map.of()).then().statusCode(401);

        String intruder = Tokens.of("intruder-" + UUID.randomUUID(), "admin");
        assertThat(Alerts.list(intruder, null, 10, null).getInt("data.alerts.totalCount")).isZero();
        assertThat(GraphQL.call(intruder, "query($id: ID!) { alert(id: $id) { id } }", Map.of("id", id))
                .getMap("data.alert")).isNull();
        assertCode(GraphQL.call(intruder, acknowledge, Map.of("id", id)), "NOT_FOUND", "No alert");
        assertThat(GraphQL.call(intruder, "{ alertRules { id } }").getList("data.alertRules")).isEmpty();

        assertThat(GraphQL.call(Tokens.of(workspace, "admin"), acknowledge, Map.of("id", id))
                .getString("data.acknowledgeAlert.state")).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void erasingARespondentTakesTheirReferenceOffTheirAlerts() {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        String id = raiseOne("forget-me");
        JsonPath erased = GraphQL.call(Tokens.of(workspace, "admin"), "mutation { eraseRespondent(respondentRef: "
                + "\"respondent-forget-me\") }");
        assertThat(erased.getLong("data.eraseRespondent")).isEqualTo(1);
        Map<String, Object> alert = GraphQL.call(viewer, "query($id: ID!) { alert(id: $id) { kind respondentRef score } }",
                Map.of("id", id)).getMap("data.alert");
        assertThat(alert).containsEntry("kind", "DETRACTOR").containsEntry("respondentRef", null).containsEntry("score", 2);
    }

    @Test
    void aCsatDropOverTheWindowRaisesOneAlertPerWindow() {
        Map<String, Object> rule = drop(Map.of("metric", "CSAT", "minimumDrop", 40, "windowDays", 3, "minimumResponses", 5));
        rule.put("journeyId", journey);
        Alerts.createRule(editor, rule);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        // 30 days before the window: 6 answers, 5 of them 4–5 (83.3 %); the window: 5 answers, 2 of them 4–5 (40 %).
        int[] before = { 5, 5, 4, 4, 5, 1 };
        int[] recent = { 1, 2, 5, 4, 1 };
        for (int i = 0; i < before.length; i++) {
            submitAt("before-" + i, today.minus(10, ChronoUnit.DAYS).plusSeconds(60 * i), before[i]);
        }
        for (int i = 0; i < recent.length; i++) {
            submitAt("recent-" + i, today.minus(1, ChronoUnit.DAYS).plusSeconds(60 * i), recent[i]);
        }
        // Long before: not counted (40 days ago is outside the 30 days before a 3-day window).
        submitAt("old", today.minus(40, ChronoUnit.DAYS), 5);
        awaitOutboxDrained();

        scoreDrops.check(Instant.now()).await().indefinitely();
        scoreDrops.check(Instant.now()).await().indefinitely();
        List<Map<String, Object>> alerts = Alerts.all(viewer, Map.of("kind", "SCORE_DROP"));
        // One for the touchpoint, one for its stage.
        assertThat(alerts).extracting(a -> a.get("touchpointId") == null ? "stage" : "touchpoint")
                .containsExactlyInAnyOrder("stage", "touchpoint");
        Map<String, Object> alert = alerts.stream().filter(a -> a.get("touchpointId") != null).findFirst().orElseThrow();
        assertThat(alert).containsEntry("metric", "CSAT").containsEntry("value", 40.0f).containsEntry("baseline", 83.3f)
                .containsEntry("windowResponses", 5).containsEntry("baselineResponses", 6)
                .containsEntry("journeyId", journey).containsEntry("stageId", stage)
                .containsEntry("windowTo", today.plus(1, ChronoUnit.DAYS).toString())
                .containsEntry("windowFrom", today.minus(2, ChronoUnit.DAYS).toString());
    }

    private void submitAt(String client, Instant at, int csat) {
        Map<String, Object> response = Surveys.response(survey.get("id"), client, score("nps", 8), score("csat", csat));
        response.put("submittedAt", at.toString());
        assertThat(Surveys.submit(collector, response).getString("data.submitResponse.status")).isEqualTo("ACCEPTED");
    }

    private static Map<String, Object> drop(Map<String, Object> changes) {
        Map<String, Object> input = Alerts.rule("SCORE_DROP", "NPS falls");
        input.put("metric", "NPS");
        input.put("windowDays", 7);
        input.put("minimumDrop", 15.5);
        return with(input, changes);
    }

    /** The input with the changes; an empty string removes the field. */
    private static Map<String, Object> with(Map<String, Object> input, Map<String, Object> changes) {
        Map<String, Object> changed = new HashMap<>(input);
        changes.forEach((field, value) -> {
            if ("".equals(value)) {
                changed.remove(field);
            } else {
                changed.put(field, value);
            }
        });
        return changed;
    }

    /** Submits a detractor (NPS 2) and returns the alert it raised. */
    private String raiseOne(String client) {
        String responseId = Surveys.submit(collector, Surveys.response(survey.get("id"), client, score("nps", 2)))
                .getString("data.submitResponse.responseId");
        return (String) Alerts.eventually(10, () -> Alerts.all(viewer, null).stream()
                .filter(a -> responseId.equals(a.get("responseId"))).findFirst().orElse(null), a -> a != null).get("id");
    }

    private void awaitOutboxDrained() {
        Alerts.eventually(10, () -> outbox().countDocuments(new Document("workspaceId", workspace)).await().indefinitely(),
                count -> count == 0);
    }

    private void requeue(String responseId) {
        outbox().insertOne(new Document("_id", responseId).append("workspaceId", workspace)
                .append("at", new java.util.Date()).append("due", new java.util.Date())).await().indefinitely();
    }

    private io.quarkus.mongodb.reactive.ReactiveMongoCollection<Document> outbox() {
        return mongo.getDatabase("feedback").getCollection("feedback_outbox");
    }

    static void assertCode(JsonPath answer, String code, String messagePart) {
        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo(code);
        assertThat(answer.getString("errors[0].message")).as(answer.prettify()).contains(messagePart);
    }
}
