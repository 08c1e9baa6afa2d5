package io.parcours.feedback.invitation;

import org.eclipse.microprofile.graphql.Description;

@Description("How an invitation reaches the contact: EMAIL (an e-mail over SMTP) or SMS (a text message through the "
        + "configured SMS provider, with short links).")
public enum InvitationChannel {
    EMAIL, SMS
}
