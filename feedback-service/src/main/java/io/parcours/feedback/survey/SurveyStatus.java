package io.parcours.feedback.survey;

import org.eclipse.microprofile.graphql.Description;

@Description("DRAFT until first published; ACTIVE accepts responses (within its dates); CLOSED accepts none. "
        + "Publishing an edited ACTIVE or CLOSED survey creates a new version and makes it ACTIVE.")
public enum SurveyStatus {
    DRAFT, ACTIVE, CLOSED
}
