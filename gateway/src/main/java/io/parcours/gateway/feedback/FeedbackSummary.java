package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("Scores of a set of responses. A score is null when no response answered a question of its type.")
public record FeedbackSummary(
        @Description("How many responses match.") int responseCount,
        @Description("From the NPS questions' answers.") NpsScore nps,
        @Description("From the CSAT questions' answers.") CsatScore csat,
        @Description("From the CES questions' answers.") CesScore ces) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public int getResponseCount() {
        return responseCount;
    }

    public NpsScore getNps() {
        return nps;
    }

    public CsatScore getCsat() {
        return csat;
    }

    public CesScore getCes() {
        return ces;
    }

    @Description("Net Promoter Score: % promoters (9–10) − % detractors (0–6) of the NPS answers, −100…100, one decimal.")
    public record NpsScore(
            @Description("The score.") double score,
            @Description("Answers 9–10.") int promoters,
            @Description("Answers 7–8.") int passives,
            @Description("Answers 0–6.") int detractors,
            @Description("NPS answers counted.") int answers) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public double getScore() {
            return score;
        }

        public int getPromoters() {
            return promoters;
        }

        public int getPassives() {
            return passives;
        }

        public int getDetractors() {
            return detractors;
        }

        public int getAnswers() {
            return answers;
        }
    }

    @Description("Customer satisfaction: % of CSAT answers (1–5) that are 4 or 5, one decimal, and their mean.")
    public record CsatScore(
            @Description("% of answers that are 4 or 5, 0…100.") double percentSatisfied,
            @Description("Mean answer, 1…5, two decimals.") double mean,
            @Description("CSAT answers counted.") int answers) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public double getPercentSatisfied() {
            return percentSatisfied;
        }

        public double getMean() {
            return mean;
        }

        public int getAnswers() {
            return answers;
        }
    }

    @Description("Customer effort: mean of the CES answers (1 very difficult … 7 very easy), two decimals.")
    public record CesScore(
            @Description("Mean answer, 1…7.") double mean,
            @Description("CES answers counted.") int answers) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public double getMean() {
            return mean;
        }

        public int getAnswers() {
            return answers;
        }
    }
}
