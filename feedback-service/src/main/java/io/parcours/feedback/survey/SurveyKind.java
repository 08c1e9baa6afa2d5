package io.parcours.feedback.survey;

import org.eclipse.microprofile.graphql.Description;

@Description("What a survey measures; the NPS, CSAT and CES kinds have ready-made templates.")
public enum SurveyKind {
    NPS, CSAT, CES, CUSTOM
}
