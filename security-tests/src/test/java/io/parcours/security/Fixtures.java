package io.parcours.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** Fresh objects made by the demo editor through the gateway, for operations that need one to act on. */
final class Fixtures {

    /** A local port nothing listens on: every delivery to it is refused at once. */
    static final String CLOSED_PORT_URL = "http://127.0.0.1:9/fixture";

    private final String editor;
    private final String admin;
    private String lowCsatRule;

    /** @param admin for the webhook fixtures, which only admins may make; null where none is needed */
    Fixtures(String editor, String admin) {
        this.editor = editor;
        this.admin = admin;
    }

    JsonPath ok(String document, Map<String, Object> variables) {
        return ok(editor, document, variables);
    }

    private static JsonPath ok(String token, String document, Map<String, Object> variables) {
        JsonPath body = GraphQL.call(token, document, variables);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body;
    }

    /** An alert rule: id, revision. */
    Map<String, Object> alertRule() {
        return ok("mutation { createAlertRule(input: {name: \"Fixture\", kind: DETRACTOR}) { id revision } }", Map.of())
                .getMap("data.createAlertRule");
    }

    /** A fresh survey trigger on the active survey's touchpoint: id. */
    Map<String, Object> surveyTrigger() {
        Map<String, Object> survey = activeSurvey();
        return Map.of("id", ok("mutation($in: SurveyTriggerInput!) { createSurveyTrigger(input: $in) { id } }",
                Map.of("in", Map.of("surveyId", survey.get("id"), "touchpointId", UUID.randomUUID().toString(),
                        "delaySeconds", 3600))).getString("data.createSurveyTrigger.id"));
    }

    /** An OPEN alert, raised by the workspace's LOW_CSAT rule from a fresh response: id. */
    Map<String, Object> openAlert() {
        if (lowCsatRule == null) {
            lowCsatRule = ok("mutation { createAlertRule(input: {name: \"Fixture low CSAT\", kind: LOW_CSAT}) { id } }",
                    Map.of()).getString("data.createAlertRule.id");
        }
        String responseId = submit(1);
        return Map.of("id", await(() -> ok("query($f: AlertFilter) { alerts(filter: $f, first: 100) { edges { node { id "
                + "responseId } } } }", Map.of("f", Map.of("ruleId", lowCsatRule))).getList("data.alerts.edges.node",
                        Map.class).stream().filter(node -> responseId.equals(node.get("responseId")))
                .map(node -> node.get("id")).findFirst().orElse(null), "the alert of response " + responseId));
    }

    /** A webhook endpoint posting to a closed port: id, revision. */
    Map<String, Object> webhookEndpoint() {
        return ok(admin, "mutation($url: String!) { createWebhookEndpoint(input: {url: $url, events: [ALERT_RAISED]}) "
                + "{ id revision } }", Map.of("url", CLOSED_PORT_URL)).getMap("data.createWebhookEndpoint");
    }

    /** A DEAD delivery (its endpoint refused every attempt, then was deleted): id. */
    Map<String, Object> deadDelivery() {
        String endpoint = (String) ok(admin, "mutation($url: String!) { createWebhookEndpoint(input: {url: $url, "
                + "events: [FEEDBACK_RECEIVED]}) { id } }", Map.of("url", CLOSED_PORT_URL)).get("data.createWebhookEndpoint.id");
        submit(4);
        Object dead = await(() -> ok(admin, "query($e: ID) { webhookDeliveries(endpointId: $e, state: DEAD) { edges { node "
                + "{ id } } } }", Map.of("e", endpoint)).getList("data.webhookDeliveries.edges.node.id").stream().findFirst()
                .orElse(null), "a dead delivery to " + endpoint);
        ok(admin, "mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }", Map.of("id", endpoint));
        return Map.of("id", dead);
    }

    /** A response (CSAT answer {@code score}) to a fresh active survey: its id. */
    private String submit(int score) {
        Map<String, Object> input = Map.of("surveyId", activeSurvey().get("id"), "clientResponseId",
                UUID.randomUUID().toString(), "respondentRef", "fixture", "submittedAt", Instant.now().toString(),
                "answers", List.of(Map.of("questionId", "csat", "score", score)));
        return ok("mutation($in: ResponseInput!) { submitResponse(input: $in) { responseId } }", Map.of("in", input))
                .getString("data.submitResponse.responseId");
    }

    /** The value once there is one, within 15 s (alerts and deliveries are worked out off the request). */
    private static Object await(java.util.function.Supplier<Object> read, String what) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        Object value = read.get();
        while (value == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        assertThat(value).as(what).isNotNull();
        return value;
    }

    /** A persona: id and version. */
    Map<String, Object> persona() {
        return ok("mutation { createPersona(input: {name: \"Fixture\"}) { id version } }", Map.of())
                .getMap("data.createPersona");
    }

    /** A journey of two custom stages: id, version, stage ids. */
    Map<String, Object> journey() {
        JsonPath body = ok("mutation { createJourney(input: {name: \"Fixture\"}, stageNames: [\"One\", \"Two\"]) "
                + "{ id version stages { id } } }", Map.of());
        return Map.of("id", body.getString("data.createJourney.id"), "version", body.getInt("data.createJourney.version"),
                "stages", body.getList("data.createJourney.stages.id"));
    }

    /** A touchpoint in the first stage of a fresh journey: id, version, the journey's second stage. */
    Map<String, Object> touchpoint() {
        Map<String, Object> journey = journey();
        List<?> stages = (List<?>) journey.get("stages");
        JsonPath body = ok("mutation($s: ID!) { addTouchpoint(stageId: $s, input: {name: \"Fixture\", channel: WEBSITE}) "
                + "{ id version } }", Map.of("s", stages.get(0)));
        return Map.of("id", body.getString("data.addTouchpoint.id"), "version", body.getInt("data.addTouchpoint.version"),
                "otherStage", stages.get(1));
    }

    /** A draft survey from the CSAT template: id, revision. */
    Map<String, Object> draftSurvey() {
        return ok("mutation { createSurveyFromTemplate(kind: CSAT) { id revision } }", Map.of())
                .getMap("data.createSurveyFromTemplate");
    }

    /** An active survey from the CSAT template: id, revision. */
    Map<String, Object> activeSurvey() {
        Map<String, Object> draft = draftSurvey();
        return ok("mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id revision } }",
                Map.of("id", draft.get("id"), "r", draft.get("revision"))).getMap("data.publishSurvey");
    }

    static Map<String, Object> response(Object surveyId) {
        return Map.of("surveyId", surveyId, "clientResponseId", UUID.randomUUID().toString(), "respondentRef", "fixture",
                "submittedAt", Instant.now().toString(), "answers", List.of(Map.of("questionId", "csat", "score", 4)));
    }

    static Map<String, Object> event(Object touchpointId) {
        return Map.of("eventId", UUID.randomUUID().toString(), "touchpointId", touchpointId, "customerRef", "fixture",
                "occurredAt", Instant.now().toString());
    }
}
