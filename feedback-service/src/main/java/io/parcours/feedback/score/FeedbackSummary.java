package io.parcours.feedback.score;

import org.eclipse.microprofile.graphql.Description;

import io.parcours.feedback.survey.QuestionType;

@Description("Scores of a set of responses. A score is null when no response answered a question of its type.")
public record FeedbackSummary(
        @Description("How many responses match.") int responseCount,
        @Description("From the NPS questions' answers.") NpsScore nps,
        @Description("From the CSAT questions' answers.") CsatScore csat,
        @Description("From the CES questions' answers.") CesScore ces) {

    @Description("Net Promoter Score: % promoters (9–10) − % detractors (0–6) of the NPS answers, −100…100, one decimal.")
    public record NpsScore(
            @Description("The score.") double score,
            @Description("Answers 9–10.") int promoters,
            @Description("Answers 7–8.") int passives,
            @Description("Answers 0–6.") int detractors,
            @Description("NPS answers counted.") int answers) {
    }

    @Description("Customer satisfaction: % of CSAT answers (1–5) that are 4 or 5, one decimal, and their mean.")
    public record CsatScore(
            @Description("% of answers that are 4 or 5, 0…100.") double percentSatisfied,
            @Description("Mean answer, 1…5, two decimals.") double mean,
            @Description("CSAT answers counted.") int answers) {
    }

    @Description("Customer effort: mean of the CES answers (1 very difficult … 7 very easy), two decimals.")
    public record CesScore(
            @Description("Mean answer, 1…7.") double mean,
            @Description("CES answers counted.") int answers) {
    }

    static final FeedbackSummary EMPTY = new FeedbackSummary(0, null, null, null);

    static FeedbackSummary of(Tally tally) {
        if (tally == null) {
            return EMPTY;
        }
        Tally.Scores nps = tally.byType.get(QuestionType.NPS);
        Tally.Scores csat = tally.byType.get(QuestionType.CSAT);
        Tally.Scores ces = tally.byType.get(QuestionType.CES);
        return new FeedbackSummary(Math.toIntExact(tally.responses),
                nps == null || nps.answers == 0 ? null : new NpsScore(
                        round(100.0 * (nps.atLeast9 - nps.atMost6) / nps.answers, 1), (int) nps.atLeast9,
                        (int) (nps.answers - nps.atLeast9 - nps.atMost6), (int) nps.atMost6, (int) nps.answers),
                csat == null || csat.answers == 0 ? null : new CsatScore(round(100.0 * csat.atLeast4 / csat.answers, 1),
                        round((double) csat.sum / csat.answers, 2), (int) csat.answers),
                ces == null || ces.answers == 0 ? null : new CesScore(round((double) ces.sum / ces.answers, 2),
                        (int) ces.answers));
    }

    /** Half-up rounding of the exact ratio, done here rather than in the database (not every store has $round). */
    public static double round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
