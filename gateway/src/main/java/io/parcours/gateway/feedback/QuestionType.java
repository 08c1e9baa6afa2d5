package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("Kind of question and its answer.")
public enum QuestionType {
    NPS, CSAT, CES, RATING, SINGLE_CHOICE, MULTIPLE_CHOICE, TEXT
}
