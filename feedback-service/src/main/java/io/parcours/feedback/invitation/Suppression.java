package io.parcours.feedback.invitation;

import org.eclipse.microprofile.graphql.Description;

@Description("Why an invitation was not sent.")
public enum Suppression {
    @Description("No contact has this respondentRef.")
    NO_CONTACT,
    @Description("The contact has no e-mail address (an SMS invitation: no phone number).")
    NO_ADDRESS,
    @Description("The contact did not agree to be invited by this channel (e-mail or SMS).")
    NO_CONSENT,
    @Description("The contact unsubscribed.")
    UNSUBSCRIBED,
    @Description("The contact was invited to a survey of the workspace within the throttle period.")
    THROTTLED,
    @Description("The contact was invited to this survey about this touchpoint before.")
    ALREADY_INVITED,
    @Description("The survey takes no responses (closed, or not published).")
    SURVEY_CLOSED
}
