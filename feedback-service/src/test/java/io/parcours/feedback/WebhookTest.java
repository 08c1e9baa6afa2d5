package io.parcours.feedback;

import static io.parcours.feedback.AlertTest.assertCode;
import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Alerts;
import io.parcours.feedback.support.Surveys;
import io.parcours.feedback.support.WebhookReceiver;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Webhook endpoints and deliveries against a real receiver process that verifies signatures with the Standard
 * Webhooks reference library. In tests a failed delivery is retried after 200 ms, 800 ms, … and DEAD after 3 s; the
 * read timeout is 1 s.
 */
@QuarkusTest
class WebhookTest {

    static final String ENDPOINT_FIELDS = "id url description events secret enabled revision createdAt updatedAt";
    static final String CREATE = "mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { "
            + ENDPOINT_FIELDS + " } }";
    static final String DELIVERIES = "query($state: WebhookDeliveryState, $endpointId: ID) { webhookDeliveries("
            + "state: $state, endpointId: $endpointId, first: 100) { totalCount edges { node { id endpointId eventId type "
            + "state attempts lastStatus lastError deliveredAt nextAttemptAt payload } } } }";

    private final String workspace = "webhooks-" + UUID.randomUUID();
    private final String admin = Tokens.of(workspace, "admin");
    private final String editor = Tokens.of(workspace, "editor");
    private final String collector = Tokens.of(workspace, "collector");
    private final String secret = newSecret();
    private Map<String, Object> survey;

    @BeforeEach
    void activeSurvey() {
        survey = Surveys.active(editor, Surveys.input("Checkout"));
    }

    @Test
    void everyEventReachesTheEndpointSignedOnce() throws Exception {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        try (WebhookReceiver receiver = WebhookReceiver.start(Map.of("SECRET", secret))) {
            String endpoint = create(receiver.url("/hooks?source=parcours"), List.of("FEEDBACK_RECEIVED", "ALERT_RAISED"));
            List<String> responseIds = new ArrayList<>();
            for (int nps : new int[] { 10, 3, 8 }) {
                responseIds.add(Surveys.submit(collector, Surveys.response(survey.get("id"), "r" + nps, score("nps", nps)))
                        .getString("data.submitResponse.responseId"));
            }
            JsonPath stats = Alerts.eventually(10, receiver::stats, s -> s.getInt("verified") == 4);
            assertThat(stats.getInt("invalid")).isZero();
            assertThat(stats.getMap("ids").values()).as("each event once").containsOnly(1);
            List<Map<String, Object>> events = stats.getList("events");
            assertThat(events).extracting(e -> e.get("type")).containsExactlyInAnyOrder("feedback.received",
                    "feedback.received", "feedback.received", "alert.raised");
            Map<String, Object> alert = events.stream().filter(e -> e.get("type").equals("alert.raised")).findFirst()
                    .orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) alert.get("data");
            assertThat(data).containsEntry("kind", "DETRACTOR").containsEntry("score", 3)
                    .containsEntry("responseId", responseIds.get(1)).containsEntry("respondentRef", "respondent-r3");
            assertThat(events.stream().filter(e -> e.get("type").equals("feedback.received"))
                    .map(e -> (Object) ((Map<?, ?>) e.get("data")).get("responseId"))).containsExactlyInAnyOrderElementsOf(responseIds);

            JsonPath deliveries = Alerts.eventually(5, () -> GraphQL.call(admin, DELIVERIES, Map.of("endpointId", endpoint)),
                    d -> d.getList("data.webhookDeliveries.edges.node.state").stream().allMatch("DELIVERED"::equals));
            assertThat(deliveries.getInt("data.webhookDeliveries.totalCount")).isEqualTo(4);
            assertThat(deliveries.getList("data.webhookDeliveries.edges.node.lastStatus")).containsOnly(204);
            assertThat(deliveries.getList("data.webhookDeliveries.edges.node.attempts")).containsOnly(1);
            assertThat(deliveries.getList("data.webhookDeliveries.edges.node.eventId"))
                    .containsExactlyInAnyOrderElementsOf(stats.getMap("ids").keySet());
        }
    }

    @Test
    void onlyTheChosenEventsOfEnabledEndpointsOfTheWorkspaceAreSent() throws Exception {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        try (WebhookReceiver alertsOnly = WebhookReceiver.start(Map.of("SECRET", secret));
                WebhookReceiver disabled = WebhookReceiver.start(Map.of("SECRET", secret));
                WebhookReceiver otherWorkspace = WebhookReceiver.start(Map.of("SECRET", secret))) {
            create(alertsOnly.url("/"), List.of("ALERT_RAISED"));
            Map<String, Object> off = endpoint(disabled.url("/"), List.of("FEEDBACK_RECEIVED"));
            off.put("enabled", false);
            Surveys.ok(GraphQL.call(admin, CREATE, Map.of("input", off)), "createWebhookEndpoint");
            Surveys.ok(GraphQL.call(Tokens.of("other-" + UUID.randomUUID(), "admin"), CREATE,
                    Map.of("input", endpoint(otherWorkspace.url("/"), List.of("FEEDBACK_RECEIVED", "ALERT_RAISED")))),
                    "createWebhookEndpoint");

            Surveys.submit(collector, Surveys.response(survey.get("id"), "low", score("nps", 1)));
            Surveys.submit(collector, Surveys.response(survey.get("id"), "high", score("nps", 9)));
            JsonPath stats = Alerts.eventually(10, alertsOnly::stats, s -> s.getInt("verified") == 1);
            assertThat(stats.getList("events.type")).containsExactly("alert.raised");
            Thread.sleep(1000);
            assertThat(alertsOnly.stats().getInt("attempts")).isEqualTo(1);
            assertThat(disabled.stats().getInt("attempts")).isZero();
            assertThat(otherWorkspace.stats().getInt("attempts")).isZero();
        }
    }

    @Test
    void aFailingEndpointIsRetriedThenDeadThenReplayed() throws Exception {
        try (WebhookReceiver flaky = WebhookReceiver.start(Map.of("SECRET", secret, "FAIL_FIRST", "2"));
                WebhookReceiver down = WebhookReceiver.start(Map.of("SECRET", secret, "FAIL_FIRST", "1000"))) {
            String flakyId = create(flaky.url("/"), List.of("FEEDBACK_RECEIVED"));
            String downId = create(down.url("/"), List.of("FEEDBACK_RECEIVED"));
            Surveys.submit(collector, Surveys.response(survey.get("id"), "retried", score("nps", 7)));

            // 503, 503 (after 200 ms), then 204 (after 800 ms more).
            JsonPath stats = Alerts.eventually(10, flaky::stats, s -> s.getInt("verified") == 1);
            assertThat(stats.getInt("attempts")).isEqualTo(3);
            Map<String, Object> delivered = delivery(flakyId);
            assertThat(delivered).containsEntry("state", "DELIVERED").containsEntry("attempts", 3)
                    .containsEntry("lastStatus", 204).containsEntry("lastError", null);

            Map<String, Object> dead = Alerts.eventually(10, () -> delivery(downId), d -> "DEAD".equals(d.get("state")));
            assertThat(dead).containsEntry("lastStatus", 503).containsEntry("lastError", "HTTP 503")
                    .containsEntry("nextAttemptAt", null);
            assertThat((Integer) dead.get("attempts")).isBetween(2, 5);
            assertThat(down.stats().getInt("attempts")).isEqualTo((Integer) dead.get("attempts"));
            JsonPath deadLetters = GraphQL.call(admin, DELIVERIES, Map.of("state", "DEAD"));
            assertThat(deadLetters.getList("data.webhookDeliveries.edges.node.id")).containsExactly(dead.get("id"));

            String replay = "mutation($id: ID!) { replayWebhookDelivery(id: $id) { state attempts } }";
            assertCode(GraphQL.call(admin, replay, Map.of("id", delivered.get("id"))), "CONFLICT",
                    "The delivery is DELIVERED; only DEAD deliveries can be replayed");
            assertCode(GraphQL.call(admin, replay, Map.of("id", UUID.randomUUID().toString())), "NOT_FOUND",
                    "No webhook delivery");
            assertCode(GraphQL.call(editor, replay, Map.of("id", dead.get("id"))), "FORBIDDEN", "manage webhooks");
            // The receiver is fixed (here: the endpoint moved to one that answers), then the dead letter replayed.
            Map<String, Object> moved = endpoint(flaky.url("/fixed"), List.of("FEEDBACK_RECEIVED"));
            Surveys.ok(GraphQL.call(admin, "mutation($id: ID!, $input: WebhookEndpointInput!) { updateWebhookEndpoint("
                    + "id: $id, input: $input, expectedRevision: 1) { revision } }", Map.of("id", downId, "input", moved)),
                    "updateWebhookEndpoint");
            assertThat(GraphQL.call(admin, replay, Map.of("id", dead.get("id"))).getString("data.replayWebhookDelivery.state"))
                    .isEqualTo("PENDING");
            Alerts.eventually(10, () -> delivery(downId), d -> "DELIVERED".equals(d.get("state")));
            assertThat(flaky.stats().getInt("verified")).as("the same event, replayed").isEqualTo(2);
            assertThat(flaky.stats().getMap("ids").keySet()).hasSize(1);
        }
    }

    @Test
    void redirectsAreNotFollowedAndSlowEndpointsTimeOut() throws Exception {
        try (WebhookReceiver target = WebhookReceiver.start(Map.of("SECRET", secret));
                WebhookReceiver redirecting = WebhookReceiver.start(Map.of("SECRET", secret, "STATUS", "307",
                        "LOCATION", target.url("/")));
                WebhookReceiver slow = WebhookReceiver.start(Map.of("SECRET", secret, "DELAY_MS", "2500"))) {
            String redirectingId = create(redirecting.url("/"), List.of("FEEDBACK_RECEIVED"));
            String slowId = create(slow.url("/"), List.of("FEEDBACK_RECEIVED"));
            Surveys.submit(collector, Surveys.response(survey.get("id"), "x", score("nps", 9)));

            Map<String, Object> redirected = Alerts.eventually(10, () -> delivery(redirectingId),
                    d -> (Integer) d.get("attempts") >= 1);
            assertThat(redirected).containsEntry("lastStatus", 307).containsEntry("lastError", "HTTP 307");
            assertThat(redirected.get("state")).isNotEqualTo("DELIVERED");
            Map<String, Object> timedOut = Alerts.eventually(10, () -> delivery(slowId), d -> (Integer) d.get("attempts") >= 1);
            assertThat(timedOut).containsEntry("lastStatus", null);
            assertThat((String) timedOut.get("lastError")).containsIgnoringCase("timeout");
            Thread.sleep(500);
            assertThat(target.stats().getInt("attempts")).as("the redirect's target").isZero();
        }
    }

    @Test
    void endpointsAreCheckedAndAdminsOnly() {
        Map<String, String> refused = new HashMap<>();
        refused.put("ftp://hooks.example.com/", "input.url must use http or https");
        refused.put("http://10.0.0.1/hook", "input.url must point to a public address, not a loopback, private, link-local or reserved one");
        refused.put("http://192.168.1.20/hook", "input.url must point to a public address, not a loopback, private, link-local or reserved one");
        refused.put("http://[::1]:8080/hook", "input.url must point to a public address, not a loopback, private, link-local or reserved one");
        refused.put("http://169.254.169.254/latest/meta-data", "169.254.169.254: Link Local");
        // The same places and reserved ranges in the forms that were once accepted.
        refused.put("http://[64:ff9b::a9fe:a9fe]/latest/meta-data", "Link Local 169.254.169.254, inside IPv4-IPv6 Translation");
        refused.put("http://[2002:a9fe:a9fe::1]/hook", "Link Local 169.254.169.254, inside 6to4");
        refused.put("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook", "TEREDO");
        refused.put("http://[::a9fe:a9fe]/hook", "Deprecated (IPv4-compatible)");
        refused.put("http://198.18.0.1/hook", "Benchmarking");
        refused.put("http://192.0.2.1/hook", "Documentation (TEST-NET-1)");
        refused.put("http://240.0.0.1/hook", "Reserved");
        refused.put("http://255.255.255.255/hook", "Limited Broadcast");
        refused.put("https://user:pw@hooks.example.com/", "input.url must not carry credentials");
        refused.put("https://hooks.example.com/#top", "input.url must not have a fragment");
        refused.put("not a url", "input.url must");
        refused.put("https://" + "a".repeat(2000) + ".example.com/", "input.url size must be between 0 and 2000");
        refused.forEach((url, rule) -> assertCode(GraphQL.call(admin, CREATE,
                Map.of("input", endpoint(url, List.of("ALERT_RAISED")))), "VALIDATION", rule));
        assertCode(GraphQL.call(admin, CREATE, Map.of("input", endpoint("http://127.0.0.1:1/", List.of()))), "VALIDATION",
                "input.events must not be empty");
        Map<String, Object> badSecret = endpoint("http://127.0.0.1:1/", List.of("ALERT_RAISED"));
        badSecret.put("secret", "hunter2");
        assertCode(GraphQL.call(admin, CREATE, Map.of("input", badSecret)), "VALIDATION",
                "input.secret must be whsec_ followed by the base64 of 24 to 64 random bytes");
        Map<String, Object> longDescription = endpoint("http://127.0.0.1:1/", List.of("ALERT_RAISED"));
        longDescription.put("description", "d".repeat(501));
        assertCode(GraphQL.call(admin, CREATE, Map.of("input", longDescription)), "VALIDATION",
                "input.description size must be between 0 and 500");
        assertThat(GraphQL.call(admin, "{ webhookEndpoints { id } }").getList("data.webhookEndpoints")).isEmpty();

        assertCode(GraphQL.call(editor, CREATE, Map.of("input", endpoint("http://127.0.0.1:1/", List.of("ALERT_RAISED")))),
                "FORBIDDEN", "Your role may not manage webhooks");
        assertCode(GraphQL.call(editor, "{ webhookEndpoints { id } }"), "FORBIDDEN", "manage webhooks");
        assertCode(GraphQL.call(editor, DELIVERIES, Map.of()), "FORBIDDEN", "manage webhooks");

        Map<String, Object> generated = Surveys.ok(GraphQL.call(admin, CREATE, Map.of("input",
                endpoint("http://127.0.0.1:1/", List.of("ALERT_RAISED", "ALERT_RAISED")))), "createWebhookEndpoint");
        assertThat((String) generated.get("secret")).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(generated).containsEntry("events", List.of("ALERT_RAISED")).containsEntry("enabled", true);
        String intruder = Tokens.of("intruder-" + UUID.randomUUID(), "admin");
        assertThat(GraphQL.call(intruder, "{ webhookEndpoints { id } }").getList("data.webhookEndpoints")).isEmpty();
        assertCode(GraphQL.call(intruder, "mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }",
                Map.of("id", generated.get("id"))), "NOT_FOUND", "No webhook endpoint");
        assertThat(GraphQL.call(admin, "mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }",
                Map.of("id", generated.get("id"))).getBoolean("data.deleteWebhookEndpoint")).isTrue();
        assertThat(GraphQL.call(admin, "{ webhookEndpoints { id } }").getList("data.webhookEndpoints")).isEmpty();
    }

    /** The endpoint's one delivery; state NONE and no attempts while none is queued yet. */
    private Map<String, Object> delivery(String endpointId) {
        List<Map<String, Object>> found = GraphQL.call(admin, DELIVERIES, Map.of("endpointId", endpointId))
                .getList("data.webhookDeliveries.edges.node");
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? Map.of("state", "NONE", "attempts", 0) : found.get(0);
    }

    private String create(String url, List<String> events) {
        return (String) Surveys.ok(GraphQL.call(admin, CREATE, Map.of("input", endpoint(url, events))),
                "createWebhookEndpoint").get("id");
    }

    private Map<String, Object> endpoint(String url, List<String> events) {
        Map<String, Object> input = new HashMap<>();
        input.put("url", url);
        input.put("events", events);
        input.put("secret", secret);
        return input;
    }

    static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
