package io.parcours.gateway.emotion;

import java.util.Map;

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

    /** The measured emotion of a summary as feedback-service gives it (JSON: nps, csat, ces with their answers). */
    public static Double measured(Map<String, Object> summary) {
        if (summary == null) {
            return null;
        }
        double weighted = 0;
        int answers = 0;
        int csatAnswers = answers(summary, "csat");
        if (csatAnswers > 0) {
            weighted += (number(summary, "csat", "mean") - 3) * csatAnswers;
            answers += csatAnswers;
        }
        int npsAnswers = answers(summary, "nps");
        if (npsAnswers > 0) {
            weighted += number(summary, "nps", "score") / 50 * npsAnswers;
            answers += npsAnswers;
        }
        int cesAnswers = answers(summary, "ces");
        if (cesAnswers > 0) {
            weighted += (number(summary, "ces", "mean") - 4) * 2 / 3 * cesAnswers;
            answers += cesAnswers;
        }
        return answers == 0 ? null : round(weighted / answers);
    }

    private static int answers(Map<String, Object> summary, String score) {
        return summary.get(score) instanceof Map<?, ?> values && values.get("answers") instanceof Number count
                ? count.intValue() : 0;
    }

    private static double number(Map<String, Object> summary, String score, String field) {
        return ((Number) ((Map<?, ?>) summary.get(score)).get(field)).doubleValue();
    }

    public static Double gap(Integer designed, Double measured) {
        return designed == null || measured == null ? null : round(measured - designed);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
