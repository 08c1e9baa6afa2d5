package io.parcours.feedback.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** GraphQL documents and inputs for alert and webhook tests. */
public final class Alerts {

    public static final String RULE_FIELDS = "id name kind journeyId stageId touchpointId metric windowDays minimumDrop "
            + "minimumResponses enabled revision createdAt updatedAt";
    public static final String ALERT_FIELDS = "id ruleId ruleName kind state assignee note raisedAt acknowledgedAt closedAt "
            + "updatedAt responseId respondentRef surveyId journeyId stageId touchpointId personaId questionId score metric "
            + "windowFrom windowTo value baseline windowResponses baselineResponses";
    public static final String CREATE_RULE = "mutation($input: AlertRuleInput!) { createAlertRule(input: $input) { "
            + RULE_FIELDS + " } }";
    public static final String LIST = "query($filter: AlertFilter, $first: Int, $after: String) { alerts(filter: $filter, "
            + "first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { "
            + ALERT_FIELDS + " } } } }";

    private Alerts() {
    }

    public static Map<String, Object> rule(String kind, String name) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("kind", kind);
        return rule;
    }

    public static Map<String, Object> createRule(String token, Map<String, Object> input) {
        return Surveys.ok(GraphQL.call(token, CREATE_RULE, Map.of("input", input)), "createAlertRule");
    }

    public static JsonPath list(String token, Map<String, Object> filter, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return GraphQL.call(token, LIST, variables);
    }

    public static List<Map<String, Object>> all(String token, Map<String, Object> filter) {
        return list(token, filter, 100, null).getList("data.alerts.edges.node");
    }

    /** The value once {@code check} holds for it, within {@code seconds}; fails with the last value otherwise. */
    public static <T> T eventually(int seconds, Supplier<T> read, java.util.function.Predicate<T> check) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        T value = read.get();
        while (!check.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        assertThat(check.test(value)).as("within " + seconds + " s: " + value).isTrue();
        return value;
    }
}
