package io.parcours.gateway.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

class EmotionScaleTest {

    @Test
    void eachScoreMapsOntoMinusTwoToPlusTwo() {
        assertThat(EmotionScale.measured(summary(null, csat(5.0, 3), null))).isEqualTo(2.0);
        assertThat(EmotionScale.measured(summary(null, csat(1.0, 3), null))).isEqualTo(-2.0);
        assertThat(EmotionScale.measured(summary(nps(-100, 4), null, null))).isEqualTo(-2.0);
        assertThat(EmotionScale.measured(summary(nps(25, 4), null, null))).isEqualTo(0.5);
        assertThat(EmotionScale.measured(summary(null, null, ces(7.0, 2)))).isEqualTo(2.0);
        assertThat(EmotionScale.measured(summary(null, null, ces(4.0, 2)))).isEqualTo(0.0);
    }

    @Test
    void scoresAreWeightedByTheirAnswerCounts() {
        // CSAT mean 4 (→ +1) over 3 answers and NPS −50 (→ −1) over 1 answer: (3 × 1 − 1) / 4 = 0.5.
        Map<String, Object> both = summary(nps(-50, 1), csat(4.0, 3), null);
        assertThat(EmotionScale.measured(both)).isEqualTo(0.5);
        // CES mean 5.5 → (5.5 − 4) × 2/3 = 1.0, with CSAT mean 2 (→ −1), one answer each: 0.0.
        assertThat(EmotionScale.measured(summary(null, csat(2.0, 1), ces(5.5, 1)))).isEqualTo(0.0);
    }

    @Test
    void noAnswersNoMeasureNoGap() {
        assertThat(EmotionScale.measured(summary(null, null, null))).isNull();
        assertThat(EmotionScale.measured(null)).isNull();
        assertThat(EmotionScale.gap(1, null)).isNull();
        assertThat(EmotionScale.gap(null, 0.5)).isNull();
        assertThat(EmotionScale.gap(1, -0.333)).isEqualTo(-1.33);
    }

    /** A summary as feedback-service answers it (JSON), with the fields the scale reads. */
    private static Map<String, Object> summary(Map<String, Object> nps, Map<String, Object> csat,
            Map<String, Object> ces) {
        Map<String, Object> summary = new HashMap<>();
        summary.put("responseCount", 1);
        summary.put("nps", nps);
        summary.put("csat", csat);
        summary.put("ces", ces);
        return summary;
    }

    private static Map<String, Object> nps(double score, int answers) {
        return Map.of("score", score, "answers", answers);
    }

    private static Map<String, Object> csat(double mean, int answers) {
        return Map.of("mean", mean, "answers", answers);
    }

    private static Map<String, Object> ces(double mean, int answers) {
        return Map.of("mean", mean, "answers", answers);
    }
}
