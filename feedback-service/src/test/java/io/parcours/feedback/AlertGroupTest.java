package io.parcours.feedback;

import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Alerts;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The grouped inbox: alerts by rule and place, counted by state, and a group's alerts moved at once. */
@QuarkusTest
class AlertGroupTest {

    private static final String GROUPS = """
            query($filter: AlertFilter) { alertGroups(filter: $filter) {
              key ruleId ruleName kind journeyId stageId touchpointId open acknowledged closed total latestRaisedAt } }""";
    private static final String ACKNOWLEDGE = "mutation($g: [String!]!) { acknowledgeAlertGroups(groups: $g, "
            + "assignee: \"Ana\") }";
    private static final String CLOSE = "mutation($g: [String!]!) { closeAlertGroups(groups: $g, note: \"Called back\") }";

    private final String workspace = "alert-groups-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String viewer = Tokens.of(workspace, "viewer");
    private final String collector = Tokens.of(workspace, "collector");
    private final String journey = UUID.randomUUID().toString();

    @Test
    void alertsAreCountedPerRuleAndPlaceAndAGroupMovesWhole() {
        String delivery = UUID.randomUUID().toString();
        String support = UUID.randomUUID().toString();
        Object deliverySurvey = survey("Delivery", delivery);
        Object supportSurvey = survey("Support", support);
        Map<String, Object> detractors = Alerts.rule("DETRACTOR", "Detractors");
        detractors.put("journeyId", journey);
        String detractorRule = (String) Alerts.createRule(editor, detractors).get("id");
        String csatRule = (String) Alerts.createRule(editor, Alerts.rule("LOW_CSAT", "Unhappy")).get("id");

        for (String who : List.of("a", "b", "c")) {
            Surveys.submit(collector, Surveys.response(deliverySurvey, who, score("nps", 2)));
        }
        Surveys.submit(collector, Surveys.response(supportSurvey, "d", score("nps", 0)));
        Surveys.submit(collector, Surveys.response(deliverySurvey, "e", score("nps", 9), score("csat", 1)));
        List<Map<String, Object>> groups = Alerts.eventually(10, () -> groups(viewer, null),
                found -> found.stream().mapToInt(g -> (Integer) g.get("total")).sum() == 5);

        assertThat(groups).extracting(g -> g.get("ruleId") + " " + g.get("touchpointId") + " " + g.get("open"))
                .containsExactlyInAnyOrder(detractorRule + " " + delivery + " 3", detractorRule + " " + support + " 1",
                        csatRule + " " + delivery + " 1");
        Map<String, Object> deliveryDetractors = group(groups, detractorRule, delivery);
        assertThat(deliveryDetractors).containsEntry("ruleName", "Detractors").containsEntry("kind", "DETRACTOR")
                .containsEntry("journeyId", journey).containsEntry("acknowledged", 0).containsEntry("closed", 0);

        assertThat(GraphQL.call(editor, ACKNOWLEDGE, Map.of("g", List.of(deliveryDetractors.get("key"))))
                .getInt("data.acknowledgeAlertGroups")).isEqualTo(3);
        List<Map<String, Object>> after = groups(viewer, null);
        assertThat(group(after, detractorRule, delivery)).containsEntry("open", 0).containsEntry("acknowledged", 3);
        assertThat(group(after, detractorRule, support)).as("the rule's alerts elsewhere").containsEntry("open", 1);
        assertThat(Alerts.all(viewer, Map.of("touchpointId", delivery, "ruleId", detractorRule)))
                .allSatisfy(alert -> assertThat(alert).containsEntry("state", "ACKNOWLEDGED").containsEntry("assignee", "Ana"));

        Object csatGroup = group(after, csatRule, delivery).get("key");
        assertThat(GraphQL.call(editor, CLOSE, Map.of("g", List.of(deliveryDetractors.get("key"), csatGroup)))
                .getInt("data.closeAlertGroups")).isEqualTo(4);
        assertThat(GraphQL.call(editor, CLOSE, Map.of("g", List.of(deliveryDetractors.get("key"))))
                .getInt("data.closeAlertGroups")).as("closed once").isZero();
        assertThat(group(groups(viewer, null), detractorRule, delivery)).containsEntry("closed", 3).containsEntry("open", 0);

        assertThat(groups(viewer, Map.of("kind", "LOW_CSAT"))).extracting(g -> g.get("ruleId")).containsExactly(csatRule);
        assertThat(groups(viewer, Map.of("state", "OPEN"))).extracting(g -> g.get("touchpointId")).containsExactly(support);
    }

    @Test
    void aBadKeyAViewerOrAnotherWorkspaceMovesNothing() {
        String touchpoint = UUID.randomUUID().toString();
        Object survey = survey("Delivery", touchpoint);
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        Surveys.submit(collector, Surveys.response(survey, "a", score("nps", 1)));
        Object key = Alerts.eventually(10, () -> groups(viewer, null), found -> found.size() == 1).get(0).get("key");

        refused(GraphQL.call(editor, CLOSE, Map.of("g", List.of("not a key"))), "VALIDATION", "groups[0] must be an AlertGroup's key");
        refused(GraphQL.call(editor, CLOSE, Map.of("g", List.of())), "VALIDATION", "groups must hold 1–200 group keys");
        refused(GraphQL.call(viewer, CLOSE, Map.of("g", List.of(key))), "FORBIDDEN", "");
        String stranger = Tokens.of("alert-groups-" + UUID.randomUUID(), "editor");
        assertThat(GraphQL.call(stranger, CLOSE, Map.of("g", List.of(key))).getInt("data.closeAlertGroups")).isZero();
        assertThat(groups(stranger, null)).isEmpty();
        assertThat(groups(viewer, null).get(0)).containsEntry("open", 1).containsEntry("closed", 0);
    }

    private Object survey(String title, String touchpoint) {
        Map<String, Object> input = Surveys.input(title);
        input.put("journeyId", journey);
        input.put("touchpointId", touchpoint);
        return Surveys.active(editor, input).get("id");
    }

    private static List<Map<String, Object>> groups(String token, Map<String, Object> filter) {
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put("filter", filter);
        JsonPath body = GraphQL.call(token, GROUPS, variables);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body.getList("data.alertGroups");
    }

    private static Map<String, Object> group(List<Map<String, Object>> groups, String rule, String touchpoint) {
        return groups.stream().filter(g -> rule.equals(g.get("ruleId")) && touchpoint.equals(g.get("touchpointId")))
                .findFirst().orElseThrow();
    }

    private static void refused(JsonPath body, String code, String message) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo(code);
        assertThat(body.getString("errors[0].message")).contains(message);
    }
}
