package io.parcours.feedback.survey;

import org.eclipse.microprofile.graphql.Description;

@Description("Kind of question, which fixes the answer's shape and, for scores, its range.")
public enum QuestionType {
    @Description("Net Promoter Score: 0–10. Promoters answer 9–10, passives 7–8, detractors 0–6.")
    NPS(0, 10),
    @Description("Customer satisfaction: 1–5. 4 and 5 count as satisfied.")
    CSAT(1, 5),
    @Description("Customer effort: 1 (very difficult) – 7 (very easy).")
    CES(1, 7),
    @Description("A rating on the question's own range (min…max, within 0…100).")
    RATING(null, null),
    @Description("Exactly one of the question's options.")
    SINGLE_CHOICE(null, null),
    @Description("One or more of the question's options.")
    MULTIPLE_CHOICE(null, null),
    @Description("Free text, up to the question's maxLength.")
    TEXT(null, null);

    private final Integer min;
    private final Integer max;

    QuestionType(Integer min, Integer max) {
        this.min = min;
        this.max = max;
    }

    /** Fixed range of scored types; null for the others. */
    public Integer fixedMin() {
        return min;
    }

    public Integer fixedMax() {
        return max;
    }

    public boolean isScore() {
        return this == NPS || this == CSAT || this == CES || this == RATING;
    }

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
