package io.parcours.feedback;

import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Alerts;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQLWebSocket;
import io.parcours.testing.LimitChecks;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** The subgraph's subscriptions over graphql-transport-ws, as the gateway uses them (token in the upgrade's header). */
@QuarkusTest
class LiveTest {

    static final String FEEDBACK = "subscription($j: ID!) { feedbackReceived(journeyId: $j) { eventId responseId "
            + "journeyId touchpointId nps csat journey { responseCount nps { score } } touchpoint { responseCount } } }";
    static final String ALERTS = "subscription { alertRaised { kind state score respondentRef journeyId } }";

    private final String workspace = "live-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String viewer = Tokens.of(workspace, "viewer");
    private final String collector = Tokens.of(workspace, "collector");
    private final String journey = UUID.randomUUID().toString();
    private Map<String, Object> survey;

    @BeforeEach
    void activeSurvey() {
        Map<String, Object> input = Surveys.input("Live");
        input.put("journeyId", journey);
        input.put("touchpointId", UUID.randomUUID().toString());
        survey = Surveys.active(editor, input);
    }

    @Test
    void aSubscriberHearsEachResponseOfItsJourneyWithTheScoresAfterIt() {
        try (GraphQLWebSocket mine = open(viewer); GraphQLWebSocket otherJourney = open(viewer);
                GraphQLWebSocket otherWorkspace = open(Tokens.of("other-" + UUID.randomUUID(), "viewer"))) {
            mine.subscribe("1", FEEDBACK, Map.of("j", journey));
            otherJourney.subscribe("1", FEEDBACK, Map.of("j", UUID.randomUUID().toString()));
            otherWorkspace.subscribe("1", FEEDBACK, Map.of("j", journey));
            settle();

            String first = submit("a", 10);
            String second = submit("b", 0);
            JsonPath one = mine.next(10);
            JsonPath two = mine.next(10);
            assertThat(one.getString("type")).as(one.prettify()).isEqualTo("next");
            assertThat(one.getString("id")).isEqualTo("1");
            assertThat(one.getString("payload.data.feedbackReceived.responseId")).isEqualTo(first);
            assertThat(one.getInt("payload.data.feedbackReceived.nps")).isEqualTo(10);
            assertThat(one.getString("payload.data.feedbackReceived.journeyId")).isEqualTo(journey);
            assertThat(one.getInt("payload.data.feedbackReceived.journey.responseCount")).isGreaterThanOrEqualTo(1);
            assertThat(two.getString("payload.data.feedbackReceived.responseId")).isEqualTo(second);
            // Both counted: NPS (1 promoter − 1 detractor) / 2.
            assertThat(two.getInt("payload.data.feedbackReceived.journey.responseCount")).isEqualTo(2);
            assertThat(two.getFloat("payload.data.feedbackReceived.journey.nps.score")).isEqualTo(0f);
            assertThat(two.getInt("payload.data.feedbackReceived.touchpoint.responseCount")).isEqualTo(2);
            assertThat(mine.next(1)).as("each response once").isNull();
            assertThat(otherJourney.next(1)).isNull();
            assertThat(otherWorkspace.next(1)).isNull();
        }
    }

    @Test
    void aSubscriberHearsTheAlertsOfItsWorkspace() {
        Alerts.createRule(editor, Alerts.rule("DETRACTOR", "Detractors"));
        try (GraphQLWebSocket socket = open(viewer)) {
            socket.subscribe("alerts", ALERTS, Map.of());
            settle();
            submit("happy", 9);
            submit("unhappy", 4);
            JsonPath raised = socket.next(10);
            assertThat(raised.getMap("payload.data.alertRaised")).as(raised.prettify()).containsEntry("kind", "DETRACTOR")
                    .containsEntry("state", "OPEN").containsEntry("score", 4)
                    .containsEntry("respondentRef", "respondent-unhappy").containsEntry("journeyId", journey);
            assertThat(socket.next(1)).isNull();
        }
    }

    @Test
    void aSubscriptionThatExpandsFragmentsDoesNotHoldTheSocket() {
        // The gateway refuses this before it reaches here; the subgraph's own endpoint must not hang on it either.
        String fanOut = LimitChecks.fragmentFanOut("subscription { ...F0 }", "Subscription", 30,
                "alertRaised { kind }");
        try (GraphQLWebSocket socket = open(viewer)) {
            long started = System.nanoTime();
            socket.subscribe("f", fanOut, Map.of());
            socket.subscribe("next", "subscription { nope }", Map.of());
            Map<String, JsonPath> answers = new java.util.HashMap<>();
            while (answers.size() < 2) {
                JsonPath answer = socket.next(10);
                if (answer == null) {
                    break;
                }
                answers.put(answer.getString("id"), answer);
            }
            assertThat(answers).as("both subscribes answered").containsKeys("f", "next");
            assertThat(answers.get("f").getString("type")).isEqualTo("error");
            assertThat(answers.get("f").getString("payload[0].extensions.code")).isEqualTo("LIMIT_EXCEEDED");
            assertThat(answers.get("next").getString("type")).isEqualTo("error");
            assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds, fan-out included").isLessThan(5_000);
        }
    }

    @Test
    void rolesApplyAndATokenIsRequired() {
        try (GraphQLWebSocket socket = open(collector)) {
            socket.subscribe("1", ALERTS, Map.of());
            JsonPath refused = socket.next(5);
            assertThat(refused.getString("type")).as(refused.prettify()).isIn("error", "next");
            assertThat(refused.prettify()).contains("FORBIDDEN");
        }
        assertThatThrownBy(() -> GraphQLWebSocket.open(url(), null)).rootCause().hasMessageContaining("status code 401");
    }

    private GraphQLWebSocket open(String token) {
        GraphQLWebSocket socket = GraphQLWebSocket.open(url(), token);
        assertThat(socket.init(null).getString("type")).isEqualTo("connection_ack");
        return socket;
    }

    private static String url() {
        return "ws://127.0.0.1:" + RestAssured.port + "/graphql";
    }

    private String submit(String client, int nps) {
        return Surveys.submit(collector, Surveys.response(survey.get("id"), client, score("nps", nps), score("csat", 4)))
                .getString("data.submitResponse.responseId");
    }

    /** Subscriptions start on the server a moment after the subscribe message. */
    private static void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
