package io.parcours.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/** The whole-journey query against data seeded through the gateway, each value computed by hand below. */
@QuarkusIntegrationTest
class WholeJourneyIT {

    static final String WHOLE_JOURNEY = """
            query($id: ID!) { journey(id: $id) {
              id name status persona { name title goals journeys { name } }
              feedback { responseCount nps { score } csat { mean } }
              funnel { customersEntered customersCompleted breakStage { name dropOff } stages { name customers } }
              emotionCurve { touchpointName stageName designed measured gap responseCount }
              stages { name position feedback { responseCount csat { mean percentSatisfied } nps { score promoters passives detractors } }
                touchpoints { name emotion surveys { kind status questions { id } }
                  feedback { responseCount nps { score } csat { mean } ces { mean } } } } } }""";

    private final String workspace = "whole-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String collector = Tokens.of(workspace, "collector");
    private String journeyId;
    private String adSurveyId;

    @BeforeEach
    void seed() {
        String persona = Seed.persona(editor, "Ana", "Commuter");
        Map<String, Object> journey = Seed.journey(editor, persona, "Monthly pass", List.of("Discover", "Buy"));
        journeyId = (String) journey.get("id");
        List<?> stages = (List<?>) journey.get("stages");
        String ad = Seed.touchpoint(editor, stages.get(0), "Ad", 1);
        Seed.touchpoint(editor, stages.get(0), "Blog post", -1);
        String checkout = Seed.touchpoint(editor, stages.get(1), "Checkout", 0);
        // Ad: CSAT 5 and 4 → mean 4.5, 100 % satisfied; measured emotion 4.5 − 3 = 1.5, gap 1.5 − 1 = 0.5.
        adSurveyId = Seed.survey(editor, "CSAT", journeyId, stages.get(0), ad);
        Seed.responses(collector, adSurveyId, "csat", 5, 4);
        // Checkout: NPS 10, 8, 6 → one promoter, passive and detractor: 0.0; measured 0.0 / 50 = 0.0, gap 0.0.
        Seed.responses(collector, Seed.survey(editor, "NPS", journeyId, stages.get(1), checkout), "nps", 10, 8, 6);
        // X goes from the ad to the checkout, Y stops after the ad: 2 entered, 1 completed, the break at Buy.
        Seed.interactions(collector, Map.of("X", List.of(ad, checkout), "Y", List.of(ad)));
    }

    @Test
    void wholeJourneyInOneRequest() {
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), WHOLE_JOURNEY, Map.of("id", journeyId));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        String j = "data.journey.";

        assertThat(body.getString(j + "name")).isEqualTo("Monthly pass");
        assertThat(body.getString(j + "status")).isEqualTo("DRAFT");
        assertThat(body.getString(j + "persona.name")).isEqualTo("Ana");
        assertThat(body.getString(j + "persona.title")).isEqualTo("Commuter");
        assertThat(body.getList(j + "persona.goals")).containsExactly("Save time");
        assertThat(body.getList(j + "persona.journeys.name")).containsExactly("Monthly pass");

        assertThat(body.getInt(j + "feedback.responseCount")).isEqualTo(5);
        assertThat(body.getFloat(j + "feedback.nps.score")).isEqualTo(0.0f);
        assertThat(body.getFloat(j + "feedback.csat.mean")).isEqualTo(4.5f);

        assertThat(body.getInt(j + "funnel.customersEntered")).isEqualTo(2);
        assertThat(body.getInt(j + "funnel.customersCompleted")).isEqualTo(1);
        assertThat(body.getList(j + "funnel.stages.customers")).containsExactly(2, 1);
        assertThat(body.getString(j + "funnel.breakStage.name")).isEqualTo("Buy");
        assertThat(body.getInt(j + "funnel.breakStage.dropOff")).isEqualTo(1);

        assertThat(body.getList(j + "stages.name")).containsExactly("Discover", "Buy");
        assertThat(body.getList(j + "stages.position")).containsExactly(1, 2);
        assertThat(body.getList(j + "stages.feedback.responseCount")).containsExactly(2, 3);
        assertThat(body.getFloat(j + "stages[0].feedback.csat.mean")).isEqualTo(4.5f);
        assertThat(body.getFloat(j + "stages[0].feedback.csat.percentSatisfied")).isEqualTo(100.0f);
        assertThat(body.getMap(j + "stages[1].feedback.nps")).isEqualTo(Map.of("score", 0.0f, "promoters", 1,
                "passives", 1, "detractors", 1));

        assertThat(body.getList(j + "stages[0].touchpoints.name")).containsExactly("Ad", "Blog post");
        assertThat(body.getList(j + "stages[0].touchpoints.emotion")).containsExactly(1, -1);
        assertThat(body.getList(j + "stages[0].touchpoints[0].surveys.kind")).containsExactly("CSAT");
        assertThat(body.getList(j + "stages[0].touchpoints[0].surveys.status")).containsExactly("ACTIVE");
        assertThat(body.getList(j + "stages[0].touchpoints[1].surveys")).isEmpty();
        assertThat(body.getList(j + "stages[1].touchpoints[0].surveys.kind")).containsExactly("NPS");
        assertThat(body.getList(j + "stages.touchpoints.feedback.responseCount").toString()).isEqualTo("[[2, 0], [3]]");
        assertThat(body.getFloat(j + "stages[0].touchpoints[0].feedback.csat.mean")).isEqualTo(4.5f);
        assertThat((Object) body.get(j + "stages[0].touchpoints[1].feedback.csat")).isNull();
        assertThat(body.getFloat(j + "stages[1].touchpoints[0].feedback.nps.score")).isEqualTo(0.0f);

        assertThat(body.getList(j + "emotionCurve.touchpointName")).containsExactly("Ad", "Blog post", "Checkout");
        assertThat(body.getList(j + "emotionCurve.stageName")).containsExactly("Discover", "Discover", "Buy");
        assertThat(body.getList(j + "emotionCurve.designed")).containsExactly(1, -1, 0);
        assertThat(body.getList(j + "emotionCurve.measured", Float.class)).isEqualTo(Arrays.asList(1.5f, null, 0.0f));
        assertThat(body.getList(j + "emotionCurve.gap", Float.class)).isEqualTo(Arrays.asList(0.5f, null, 0.0f));
        assertThat(body.getList(j + "emotionCurve.responseCount")).containsExactly(2, 0, 3);
    }

    @Test
    void responseRatesJoinTheJourneyItsStagesAndTouchpoints() {
        Seed.ok(editor, "mutation { upsertContact(input: {respondentRef: \"ana\", email: \"ana@example.com\", "
                + "emailConsent: true}) { respondentRef } }", Map.of());
        Seed.ok(editor, "mutation($s: ID!) { inviteContacts(surveyId: $s, respondentRefs: [\"ana\", \"ben\"]) { scheduled } }",
                Map.of("s", adSurveyId));
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), """
                query($id: ID!) { journey(id: $id) { invitationStats { invited byChannel { channel invited } }
                  stages { invitationStats { invited } touchpoints { name invitationStats { invited } } } } }""",
                Map.of("id", journeyId));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        String j = "data.journey.";
        assertThat(body.getInt(j + "invitationStats.invited")).isEqualTo(2);
        assertThat(body.getList(j + "invitationStats.byChannel.channel")).containsExactly("EMAIL");
        assertThat(body.getList(j + "stages.invitationStats.invited")).containsExactly(2, 0);
        assertThat(body.getList(j + "stages.touchpoints.invitationStats.invited").toString()).isEqualTo("[[2, 0], [0]]");
    }

    @Test
    void aDateRangeAppliesToEveryScoreOfTheMap() {
        // Two older CSAT 1 answers about the ad, ten days ago: all time 5, 4, 1, 1 (mean 2.75); last week 5, 4.
        Seed.responses(collector, adSurveyId, "csat", Instant.now().minus(10, ChronoUnit.DAYS), 1, 1);
        String ranged = """
                query($id: ID!, $from: DateTime) { journey(id: $id) {
                  feedback(from: $from) { responseCount } emotionCurve(from: $from) { measured responseCount }
                  stages { feedback(from: $from) { responseCount csat { mean } }
                    touchpoints { feedback(from: $from) { responseCount csat { mean } } } } } }""";
        String lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).toString();
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), ranged, Map.of("id", journeyId, "from", lastWeek));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        String j = "data.journey.";

        assertThat(body.getInt(j + "feedback.responseCount")).isEqualTo(5);
        assertThat(body.getList(j + "stages.feedback.responseCount")).containsExactly(2, 3);
        assertThat(body.getFloat(j + "stages[0].feedback.csat.mean")).isEqualTo(4.5f);
        assertThat(body.getList(j + "stages[0].touchpoints.feedback.responseCount")).containsExactly(2, 0);
        assertThat(body.getFloat(j + "stages[0].touchpoints[0].feedback.csat.mean")).isEqualTo(4.5f);
        assertThat(body.getList(j + "emotionCurve.responseCount")).containsExactly(2, 0, 3);
        assertThat(body.getList(j + "emotionCurve.measured", Float.class)).isEqualTo(Arrays.asList(1.5f, null, 0.0f));

        // Without the range, the same query counts the older answers.
        JsonPath allTime = GraphQL.call(Tokens.of(workspace, "viewer"), ranged, Map.of("id", journeyId));
        assertThat(allTime.getList(j + "stages[0].touchpoints.feedback.responseCount")).containsExactly(4, 0);
        assertThat(allTime.getFloat(j + "stages[0].touchpoints[0].feedback.csat.mean")).isEqualTo(2.75f);
        assertThat(allTime.getList(j + "stages.feedback.responseCount")).containsExactly(4, 3);
        assertThat(allTime.getList(j + "emotionCurve.responseCount")).containsExactly(4, 0, 3);
    }

    @Test
    void aFullBatchOfResponsesReachesFeedbackService() {
        // 500 responses (the batch limit) sent as a variable: forwarded as variables, never inlined into a document
        // beyond the subgraph's token limit.
        int[] scores = new int[500];
        Arrays.fill(scores, 3);
        Seed.responses(collector, adSurveyId, "csat", scores);
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"),
                "query($id: ID!) { journey(id: $id) { stages { touchpoints { feedback { responseCount } } } } }",
                Map.of("id", journeyId));
        assertThat(body.getList("data.journey.stages[0].touchpoints.feedback.responseCount")).containsExactly(502, 0);
    }

    @Test
    void unknownJourneyIsNull() {
        JsonPath body = GraphQL.call(editor, WHOLE_JOURNEY, Map.of("id", UUID.randomUUID().toString()));
        assertThat(body.getList("errors")).isNull();
        assertThat((Object) body.get("data.journey")).isNull();
    }
}
