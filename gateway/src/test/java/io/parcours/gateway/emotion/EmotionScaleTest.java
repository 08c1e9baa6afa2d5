package io.parcours.gateway.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.parcours.gateway.feedback.FeedbackSummary;
import io.parcours.gateway.feedback.FeedbackSummary.CesScore;
import io.parcours.gateway.feedback.FeedbackSummary.CsatScore;
import io.parcours.gateway.feedback.FeedbackSummary.NpsScore;

class EmotionScaleTest {

    @Test
    void eachScoreMapsOntoMinusTwoToPlusTwo() {
        assertThat(EmotionScale.measured(summary(null, new CsatScore(100, 5.0, 3), null))).isEqualTo(2.0);
        assertThat(EmotionScale.measured(summary(null, new CsatScore(0, 1.0, 3), null))).isEqualTo(-2.0);
        assertThat(EmotionScale.measured(summary(new NpsScore(-100, 0, 0, 4, 4), null, null))).isEqualTo(-2.0);
        assertThat(EmotionScale.measured(summary(new NpsScore(25, 2, 1, 1, 4), null, null))).isEqualTo(0.5);
        assertThat(EmotionScale.measured(summary(null, null, new CesScore(7.0, 2)))).isEqualTo(2.0);
        assertThat(EmotionScale.measured(summary(null, null, new CesScore(4.0, 2)))).isEqualTo(0.0);
    }

    @Test
    void scoresAreWeightedByTheirAnswerCounts() {
        // CSAT mean 4 (→ +1) over 3 answers and NPS −50 (→ −1) over 1 answer: (3 × 1 − 1) / 4 = 0.5.
        FeedbackSummary both = summary(new NpsScore(-50, 0, 1, 1, 1), new CsatScore(66.7, 4.0, 3), null);
        assertThat(EmotionScale.measured(both)).isEqualTo(0.5);
        // CES mean 5.5 → (5.5 − 4) × 2/3 = 1.0, with CSAT mean 2 (→ −1), one answer each: 0.0.
        assertThat(EmotionScale.measured(summary(null, new CsatScore(0, 2.0, 1), new CesScore(5.5, 1)))).isEqualTo(0.0);
    }

    @Test
    void noAnswersNoMeasureNoGap() {
        assertThat(EmotionScale.measured(summary(null, null, null))).isNull();
        assertThat(EmotionScale.measured(null)).isNull();
        assertThat(EmotionScale.gap(1, null)).isNull();
        assertThat(EmotionScale.gap(null, 0.5)).isNull();
        assertThat(EmotionScale.gap(1, -0.333)).isEqualTo(-1.33);
    }

    private static FeedbackSummary summary(NpsScore nps, CsatScore csat, CesScore ces) {
        return new FeedbackSummary(1, nps, csat, ces);
    }
}
