package io.parcours.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Mails;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

/**
 * Survey triggers fired by interaction records on the real Kafka topic, as touchpoint-service publishes them: the
 * delay, once per interaction however often it is delivered, the invitation rules after that, and what is counted
 * rather than invited. A "day" lasts a second here and the throttle three days.
 */
@QuarkusTest
class SurveyTriggerTest {

    private static final String CREATE = "mutation($in: SurveyTriggerInput!) { createSurveyTrigger(input: $in) { "
            + "id surveyId touchpointId delaySeconds enabled interactions invited withoutContact createdAt } }";
    private static final String LIST = "query($s: ID!) { surveyTriggers(surveyId: $s) { id delaySeconds enabled "
            + "interactions invited withoutContact } }";
    private static final String INVITATIONS = "query($s: ID) { invitations(surveyId: $s, first: 100) { edges { node { "
            + "respondentRef touchpointId state suppression scheduledFor sentAt } } } }";

    private final String workspace = "triggers-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String touchpoint = UUID.randomUUID().toString();
    private KafkaProducer<String, String> topic;

    @BeforeEach
    void producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        topic = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void aContactWhoMeetsTheTouchpointIsInvitedAfterTheDelayOnceHoweverOftenItIsDelivered() throws Exception {
        String surveyId = survey();
        String ana = contact("ana");
        Map<String, Object> trigger = create(surveyId, touchpoint, 2);
        assertThat(trigger).containsEntry("enabled", true).containsEntry("delaySeconds", 2).containsEntry("invited", 0);

        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        interaction(workspace, "order-1", touchpoint, "ana", at);
        interaction(workspace, "order-1", touchpoint, "ana", at); // delivered again
        Map<String, Object> scheduled = awaitInvitations(surveyId, 1).get(0);
        assertThat(scheduled).containsEntry("respondentRef", "ana").containsEntry("touchpointId", touchpoint);
        assertThat(Instant.parse((String) scheduled.get("scheduledFor"))).isEqualTo(at.plusSeconds(2));

        MimeMessage mail = Mails.await(ana, 1, 20).get(0);
        assertThat(mail.getSentDate().toInstant()).isAfterOrEqualTo(at.plusSeconds(1)); // (the Date header has seconds)
        interaction(workspace, "order-2", touchpoint, "ana", Instant.now()); // a second purchase, soon after
        awaitInvitations(surveyId, 2);
        awaitSuppressed(surveyId);
        assertThat(Mails.to(ana)).hasSize(1);
        assertThat(invitations(surveyId)).extracting(node -> node.get("state")).containsExactlyInAnyOrder("SENT", "SUPPRESSED");
        assertThat(triggers(surveyId).get(0)).containsEntry("invited", 2).containsEntry("withoutContact", 0);
    }

    @Test
    void strangersAreCountedAndOnlyTheTriggersOwnWorkspaceTouchpointAndTimeFireIt() throws Exception {
        String surveyId = survey();
        contact("ana");
        create(surveyId, touchpoint, 0);
        Instant now = Instant.now();
        topic.send(new ProducerRecord<>("parcours.interactions", workspace + "/x", "{not json")).get();
        interaction(workspace, "e-stranger", touchpoint, "stranger", now);
        interaction("other-" + workspace, "e-other", touchpoint, "ana", now);
        interaction(workspace, "e-elsewhere", UUID.randomUUID().toString(), "ana", now);
        interaction(workspace, "e-before", touchpoint, "ana", now.minus(1, ChronoUnit.HOURS));
        interaction(workspace, "e-counted", touchpoint, "ana", now);

        List<Map<String, Object>> invited = awaitInvitations(surveyId, 1);
        Map<String, Object> counts = awaitCounts(surveyId, 2);
        assertThat(counts).containsEntry("interactions", 2).containsEntry("invited", 1).containsEntry("withoutContact", 1);
        assertThat(invited).extracting(node -> node.get("respondentRef")).containsExactly("ana");
    }

    @Test
    void aPausedTriggerFiresNothing() throws Exception {
        String surveyId = survey();
        contact("ana");
        String id = (String) create(surveyId, touchpoint, 0).get("id");
        JsonPath paused = GraphQL.call(editor, "mutation($id: ID!) { setSurveyTriggerEnabled(id: $id, enabled: false) { "
                + "enabled } }", Map.of("id", id));
        assertThat(paused.getBoolean("data.setSurveyTriggerEnabled.enabled")).isFalse();
        String otherSurvey = survey();
        create(otherSurvey, touchpoint, 0); // a witness: when it has fired, the paused one has had its chance
        interaction(workspace, "e-1", touchpoint, "ana", Instant.now());

        awaitInvitations(otherSurvey, 1);
        assertThat(invitations(surveyId)).isEmpty();
        assertThat(triggers(surveyId).get(0)).containsEntry("interactions", 0);
    }

    @Test
    void onlyEditorsSetUpTriggersWithinTheRules() {
        String surveyId = survey();
        JsonPath viewer = GraphQL.call(Tokens.of(workspace, "viewer"), CREATE, Map.of("in", input(surveyId, touchpoint, 0)));
        assertThat(viewer.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath stranger = GraphQL.call(Tokens.of("other-" + workspace, "editor"), CREATE,
                Map.of("in", input(surveyId, touchpoint, 0)));
        assertThat(stranger.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        JsonPath tooLate = GraphQL.call(editor, CREATE, Map.of("in", input(surveyId, touchpoint, 7_776_001)));
        assertThat(tooLate.getString("errors[0].message")).contains("input.delaySeconds").contains("7776000");
        JsonPath notATouchpoint = GraphQL.call(editor, CREATE, Map.of("in", input(surveyId, "checkout", 0)));
        assertThat(notATouchpoint.getString("errors[0].message")).contains("input.touchpointId");
        assertThat(triggers(surveyId)).isEmpty();

        String id = (String) create(surveyId, touchpoint, 60).get("id");
        assertThat(GraphQL.call(Tokens.of(workspace, "viewer"), LIST, Map.of("s", surveyId))
                .getList("data.surveyTriggers")).hasSize(1);
        assertThat(GraphQL.call(Tokens.of("other-" + workspace, "viewer"), LIST, Map.of("s", surveyId))
                .getList("data.surveyTriggers")).isEmpty();
        String delete = "mutation($id: ID!) { deleteSurveyTrigger(id: $id) }";
        assertThat(GraphQL.call(Tokens.of("other-" + workspace, "admin"), delete, Map.of("id", id))
                .getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(GraphQL.call(editor, delete, Map.of("id", id)).getBoolean("data.deleteSurveyTrigger")).isTrue();
        assertThat(triggers(surveyId)).isEmpty();
    }

    private void interaction(String workspaceId, String eventId, String touchpointId, String customer, Instant at)
            throws Exception {
        JsonObject event = new JsonObject().put("workspaceId", workspaceId).put("eventId", eventId)
                .put("journeyId", UUID.randomUUID().toString()).put("touchpointId", touchpointId)
                .put("customerRef", customer).put("occurredAt", at.atOffset(java.time.ZoneOffset.UTC).toString());
        topic.send(new ProducerRecord<>("parcours.interactions", workspaceId + "/" + customer, event.encode())).get();
    }

    private Map<String, Object> create(String surveyId, String touchpointId, int delaySeconds) {
        JsonPath created = GraphQL.call(editor, CREATE, Map.of("in", input(surveyId, touchpointId, delaySeconds)));
        assertThat(created.getString("errors")).as(created.prettify()).isNull();
        return created.getMap("data.createSurveyTrigger");
    }

    private static Map<String, Object> input(String surveyId, String touchpointId, int delaySeconds) {
        return Map.of("surveyId", surveyId, "touchpointId", touchpointId, "delaySeconds", delaySeconds);
    }

    private List<Map<String, Object>> triggers(String surveyId) {
        return GraphQL.call(editor, LIST, Map.of("s", surveyId)).getList("data.surveyTriggers");
    }

    private List<Map<String, Object>> invitations(String surveyId) {
        return GraphQL.call(editor, INVITATIONS, Map.of("s", surveyId)).getList("data.invitations.edges.node");
    }

    private List<Map<String, Object>> awaitInvitations(String surveyId, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            List<Map<String, Object>> found = invitations(surveyId);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(count + " invitation(s) never scheduled; " + invitations(surveyId));
    }

    private void awaitSuppressed(String surveyId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if (invitations(surveyId).stream().anyMatch(node -> "SUPPRESSED".equals(node.get("state")))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no invitation was suppressed: " + invitations(surveyId));
    }

    private Map<String, Object> awaitCounts(String surveyId, int interactions) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            Map<String, Object> trigger = triggers(surveyId).get(0);
            if ((Integer) trigger.get("interactions") >= interactions) {
                return trigger;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the trigger never counted " + interactions + " interactions");
    }

    private String survey() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "After checkout");
        input.put("kind", "NPS");
        input.put("defaultLocale", "en");
        input.put("questions", List.of(Map.of("id", "nps", "type", "NPS", "required", true,
                "labels", List.of(Map.of("locale", "en", "text", "How likely are you to recommend us?")))));
        return (String) Surveys.active(editor, input).get("id");
    }

    private String contact(String ref) {
        String email = ref + "@" + workspace + ".example.com";
        JsonPath done = GraphQL.call(editor, "mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }",
                Map.of("in", Map.of("respondentRef", ref, "email", email, "locale", "en", "emailConsent", true)));
        assertThat(done.getString("errors")).isNull();
        return email;
    }
}
