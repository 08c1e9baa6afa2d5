package io.parcours.feedback.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.response.Answer;
import io.parcours.feedback.response.ResponseChannel;
import io.parcours.feedback.response.StoredResponse;
import io.parcours.feedback.survey.QuestionType;

class ResponseAlertsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String JOURNEY = "11111111-1111-1111-1111-111111111111";
    private static final String TOUCHPOINT = "22222222-2222-2222-2222-222222222222";

    @Test
    void eachKindFiresAtItsThresholdsOnly() {
        AlertRule detractor = rule(AlertKind.DETRACTOR, null, null);
        AlertRule lowCsat = rule(AlertKind.LOW_CSAT, null, null);
        AlertRule highEffort = rule(AlertKind.HIGH_EFFORT, null, null);
        List<AlertRule> rules = List.of(detractor, lowCsat, highEffort);

        assertThat(kinds(response(answer(QuestionType.NPS, 6)), rules)).containsExactly(AlertKind.DETRACTOR);
        assertThat(kinds(response(answer(QuestionType.NPS, 0)), rules)).containsExactly(AlertKind.DETRACTOR);
        assertThat(kinds(response(answer(QuestionType.NPS, 7)), rules)).isEmpty();
        assertThat(kinds(response(answer(QuestionType.CSAT, 2)), rules)).containsExactly(AlertKind.LOW_CSAT);
        assertThat(kinds(response(answer(QuestionType.CSAT, 3)), rules)).isEmpty();
        // CES runs from 1 (very difficult) to 7 (very easy).
        assertThat(kinds(response(answer(QuestionType.CES, 2)), rules)).containsExactly(AlertKind.HIGH_EFFORT);
        assertThat(kinds(response(answer(QuestionType.CES, 3)), rules)).isEmpty();
        assertThat(kinds(response(answer(QuestionType.CES, 7)), rules)).isEmpty();
        // A RATING of 1 is not an NPS answer.
        assertThat(kinds(response(answer(QuestionType.RATING, 1)), rules)).isEmpty();
        assertThat(kinds(response(answer(QuestionType.NPS, 3), answer(QuestionType.CSAT, 1)), rules))
                .containsExactly(AlertKind.DETRACTOR, AlertKind.LOW_CSAT);
    }

    @Test
    void scopeAndEnabledFlagDecide() {
        StoredResponse inJourney = response(answer(QuestionType.NPS, 2));
        assertThat(kinds(inJourney, List.of(rule(AlertKind.DETRACTOR, "journeyId", JOURNEY)))).hasSize(1);
        assertThat(kinds(inJourney, List.of(rule(AlertKind.DETRACTOR, "journeyId", JOURNEY.toUpperCase())))).hasSize(1);
        assertThat(kinds(inJourney, List.of(rule(AlertKind.DETRACTOR, "touchpointId", TOUCHPOINT)))).hasSize(1);
        assertThat(kinds(inJourney, List.of(rule(AlertKind.DETRACTOR, "journeyId", "33333333-3333-3333-3333-333333333333"))))
                .isEmpty();
        AlertRule disabled = new AlertRule("r", "w", "off", AlertKind.DETRACTOR, null, null, null, null, null, null, null,
                false, 1, NOW, NOW);
        assertThat(kinds(inJourney, List.of(disabled))).isEmpty();
    }

    @Test
    void aRuleWatchesOnlyResponsesReceivedAfterItWasMade() {
        StoredResponse response = response(answer(QuestionType.NPS, 2)); // received at NOW
        AlertRule madeLater = new AlertRule("later", "w", "later", AlertKind.DETRACTOR, null, null, null, null, null,
                null, null, true, 1, NOW.plusMillis(1), NOW.plusMillis(1));
        AlertRule madeThen = new AlertRule("then", "w", "then", AlertKind.DETRACTOR, null, null, null, null, null,
                null, null, true, 1, NOW, NOW);
        assertThat(kinds(response, List.of(madeLater))).isEmpty();
        assertThat(kinds(response, List.of(madeThen))).containsExactly(AlertKind.DETRACTOR);
    }

    @Test
    void theSameRuleAndResponseGiveTheSameAlertId() {
        StoredResponse response = response(answer(QuestionType.NPS, 1));
        AlertRule rule = rule(AlertKind.DETRACTOR, null, null);
        Alert first = ResponseAlerts.raisedBy(response, List.of(rule), NOW).get(0);
        Alert again = ResponseAlerts.raisedBy(response, List.of(rule), NOW.plusSeconds(60)).get(0);
        assertThat(again.id()).isEqualTo(first.id()).hasSize(36);
        assertThat(first.score()).isEqualTo(1);
        assertThat(first.questionId()).isEqualTo("q-NPS");
        assertThat(first.respondentRef()).isEqualTo("person-1");
        assertThat(first.touchpointId()).isEqualTo(TOUCHPOINT);
        assertThat(first.state()).isEqualTo(AlertState.OPEN);
    }

    private static List<AlertKind> kinds(StoredResponse response, List<AlertRule> rules) {
        return ResponseAlerts.raisedBy(response, rules, NOW).stream().map(Alert::kind).toList();
    }

    private static AlertRule rule(AlertKind kind, String link, String id) {
        return new AlertRule("rule-" + kind + link, "w", kind.name(), kind, "journeyId".equals(link) ? id : null, null,
                "touchpointId".equals(link) ? id : null, null, null, null, null, true, 1, NOW, NOW);
    }

    private static Answer answer(QuestionType type, int score) {
        return new Answer("q-" + type, type, score, null, null);
    }

    private static StoredResponse response(Answer... answers) {
        return new StoredResponse("resp-1", "w", "survey", 1, "client-1", "person-1", ResponseChannel.MOBILE_APP, "en",
                NOW, NOW, JOURNEY, "stage", TOUCHPOINT, null, List.of(answers), null, null);
    }
}
