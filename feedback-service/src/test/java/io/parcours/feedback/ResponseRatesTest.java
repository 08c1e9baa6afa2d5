package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Mails;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Response rates per survey, touchpoint, stage and journey (and per channel): invitations sent by an editor count for
 * the survey's touchpoint, stage and journey; triggered ones for the interaction's.
 */
@QuarkusTest
class ResponseRatesTest {

    private static final String NUMBERS = "channel invited sent opened answered suppressed responseRate medianSecondsToAnswer";
    private static final String STATS = "query($s: ID!) { invitationStats(surveyId: $s) { " + NUMBERS + " byChannel { "
            + NUMBERS + " } } }";
    private static final String ENTITIES = "query($r: [_Any!]!) { _entities(representations: $r) { "
            + "... on Touchpoint { invitationStats { invited sent answered responseRate } } "
            + "... on Stage { invitationStats { invited sent answered responseRate } } "
            + "... on Journey { invitationStats { invited sent answered responseRate byChannel { channel answered } } } } }";

    private final String workspace = "rates-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String touchpoint = UUID.randomUUID().toString();
    private final String stage = UUID.randomUUID().toString();
    private final String journey = UUID.randomUUID().toString();

    @Test
    void invitationsCountForTheirSurveyTouchpointStageAndJourney() throws Exception {
        String surveyId = survey();
        String ana = contact("ana", true);
        String ben = contact("ben", true);
        contact("cem", false); // no consent: suppressed
        JsonPath invited = GraphQL.call(editor, "mutation($s: ID!) { inviteContacts(surveyId: $s, respondentRefs: "
                + "[\"ana\", \"ben\", \"cem\"]) { scheduled } }", Map.of("s", surveyId));
        assertThat(invited.getInt("data.inviteContacts.scheduled")).as(invited.prettify()).isEqualTo(3);
        String link = Mails.links(Mails.part(Mails.await(ana, 1, 15).get(0), "text/html"), "/s/").get(0);
        Mails.await(ben, 1, 15);
        String token = link.replaceAll("^.*/s/([^?]+).*$", "$1");
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", "nps", "score", 9))))
                .post("/api/v1/respond/" + token).then().statusCode(201);

        Map<String, Object> stats = GraphQL.call(editor, STATS, Map.of("s", surveyId)).getMap("data.invitationStats");
        assertThat(stats).containsEntry("channel", null).containsEntry("invited", 3).containsEntry("sent", 2)
                .containsEntry("opened", 1).containsEntry("answered", 1).containsEntry("suppressed", 1)
                .containsEntry("responseRate", 0.5f);
        assertThat((List<?>) stats.get("byChannel")).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> email = ((List<Map<String, Object>>) stats.get("byChannel")).get(0);
        assertThat(email).containsEntry("channel", "EMAIL").containsEntry("invited", 3).containsEntry("answered", 1);

        List<Map<String, Object>> entities = entities(touchpoint, stage, journey, UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) {
            assertThat(rates(entities.get(i))).as("entity " + i).containsEntry("invited", 3).containsEntry("sent", 2)
                    .containsEntry("answered", 1).containsEntry("responseRate", 0.5f);
        }
        assertThat(rates(entities.get(3))).as("a touchpoint without invitations").containsEntry("invited", 0)
                .containsEntry("responseRate", null);
        JsonPath batch = GraphQL.call(editor, "query($ids: [String!]!) { invitationStatsByTouchpointIds(ids: $ids) { "
                + "invited answered } }", Map.of("ids", List.of(UUID.randomUUID().toString(), touchpoint)));
        assertThat(batch.getList("data.invitationStatsByTouchpointIds.invited")).containsExactly(0, 3);
        JsonPath stranger = GraphQL.call(Tokens.of("other-" + workspace, "viewer"), STATS, Map.of("s", surveyId));
        assertThat(stranger.getInt("data.invitationStats.invited")).as("another workspace sees none").isZero();

        // The Surveys screen's listing: each survey's responses and response rate, every survey of the page at once.
        String quiet = survey();
        JsonPath listed = GraphQL.call(editor, "{ surveys(first: 10) { edges { node { id feedback { responseCount } "
                + "invitationStats { invited answered responseRate } } } } }");
        assertThat(listed.getList("data.surveys.edges.node.id")).as(listed.prettify()).containsExactly(surveyId, quiet);
        assertThat(listed.getList("data.surveys.edges.node.feedback.responseCount")).containsExactly(1, 0);
        assertThat(listed.getList("data.surveys.edges.node.invitationStats.invited")).containsExactly(3, 0);
        assertThat(listed.getList("data.surveys.edges.node.invitationStats.responseRate")).containsExactly(0.5f, null);
    }

    @Test
    void aTriggeredInvitationCountsForTheInteractionsStageAndJourney() throws Exception {
        String surveyId = survey();
        String dan = contact("dan", true);
        GraphQL.call(editor, "mutation($in: SurveyTriggerInput!) { createSurveyTrigger(input: $in) { id } }",
                Map.of("in", Map.of("surveyId", surveyId, "touchpointId", touchpoint, "delaySeconds", 0)));
        String otherStage = UUID.randomUUID().toString();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> topic = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            JsonObject event = new JsonObject().put("workspaceId", workspace).put("eventId", "order-1")
                    .put("journeyId", journey).put("stageId", otherStage).put("touchpointId", touchpoint)
                    .put("customerRef", "dan").put("occurredAt", Instant.now().atOffset(ZoneOffset.UTC).toString());
            topic.send(new ProducerRecord<>("parcours.interactions", workspace + "/dan", event.encode())).get();
        }
        Mails.await(dan, 1, 20);
        List<Map<String, Object>> entities = entities(touchpoint, otherStage, journey, stage);
        assertThat(rates(entities.get(0))).containsEntry("invited", 1).containsEntry("sent", 1);
        assertThat(rates(entities.get(1))).as("the interaction's stage").containsEntry("invited", 1);
        assertThat(rates(entities.get(2))).containsEntry("invited", 1);
        assertThat(rates(entities.get(3))).as("the survey's stage is not the interaction's").containsEntry("invited", 0);
    }

    /** Touchpoint, stage, journey and another touchpoint, through the federation entry point. */
    private List<Map<String, Object>> entities(String touchpointId, String stageId, String journeyId, String fourth) {
        List<Map<String, Object>> representations = List.of(Map.of("__typename", "Touchpoint", "id", touchpointId),
                Map.of("__typename", "Stage", "id", stageId), Map.of("__typename", "Journey", "id", journeyId),
                Map.of("__typename", fourth.equals(stage) ? "Stage" : "Touchpoint", "id", fourth));
        JsonPath found = GraphQL.call(editor, ENTITIES, Map.of("r", representations));
        assertThat(found.getString("errors")).as(found.prettify()).isNull();
        return found.getList("data._entities");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rates(Map<String, Object> entity) {
        return (Map<String, Object>) entity.get("invitationStats");
    }

    private String survey() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "After checkout");
        input.put("kind", "NPS");
        input.put("defaultLocale", "en");
        input.put("touchpointId", touchpoint);
        input.put("stageId", stage);
        input.put("journeyId", journey);
        input.put("questions", List.of(Map.of("id", "nps", "type", "NPS", "required", true,
                "labels", List.of(Map.of("locale", "en", "text", "How likely are you to recommend us?")))));
        return (String) Surveys.active(editor, input).get("id");
    }

    private String contact(String ref, boolean consent) {
        String email = ref + "@" + workspace + ".example.com";
        JsonPath done = GraphQL.call(editor, "mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }",
                Map.of("in", Map.of("respondentRef", ref, "email", email, "locale", "en", "emailConsent", consent)));
        assertThat(done.getString("errors")).isNull();
        return email;
    }
}
