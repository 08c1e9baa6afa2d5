package io.parcours.gateway.emotion;

import io.parcours.gateway.feedback.FeedbackSummary;

/**
 * Puts survey scores on the designed-emotion scale, −2 (very negative) … +2 (very positive):
 * <ul>
 * <li>CSAT mean 1…5 → mean − 3;</li>
 * <li>NPS −100…+100 → score / 50;</li>
 * <li>CES mean 1…7 (7 very easy) → (mean − 4) × 2 / 3.</li>
 * </ul>
 * The measured emotion is the mean of the mapped scores weighted by their answer counts, two decimals; null
 * without answers. The gap is measured − designed: negative where the experience is worse than designed.
 */
public final class EmotionScale {

    private EmotionScale() {
    }

    public static Double measured(FeedbackSummary summary) {
        if (summary == null) {
            return null;
        }
        double weighted = 0;
        int answers = 0;
        if (summary.csat() != null && summary.csat().answers() > 0) {
            weighted += (summary.csat().mean() - 3) * summary.csat().answers();
            answers += summary.csat().answers();
        }
        if (summary.nps() != null && summary.nps().answers() > 0) {
            weighted += summary.nps().score() / 50 * summary.nps().answers();
            answers += summary.nps().answers();
        }
        if (summary.ces() != null && summary.ces().answers() > 0) {
            weighted += (summary.ces().mean() - 4) * 2 / 3 * summary.ces().answers();
            answers += summary.ces().answers();
        }
        return answers == 0 ? null : round(weighted / answers);
    }

    public static Double gap(Integer designed, Double measured) {
        return designed == null || measured == null ? null : round(measured - designed);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
