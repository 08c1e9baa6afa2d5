package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("What a survey measures.")
public enum SurveyKind {
    NPS, CSAT, CES, CUSTOM
}
