package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("DRAFT (not answerable), ACTIVE (published, answerable within its dates), CLOSED.")
public enum SurveyStatus {
    DRAFT, ACTIVE, CLOSED
}
