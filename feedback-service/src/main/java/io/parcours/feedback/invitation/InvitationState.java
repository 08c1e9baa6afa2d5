package io.parcours.feedback.invitation;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an invitation is: SCHEDULED until due; then SENT, OPENED (the link was opened) and ANSWERED; or "
        + "SUPPRESSED with its reason (never sent), FAILED (the mail server refused it), BOUNCED or EXPIRED.")
public enum InvitationState {
    SCHEDULED, SENT, OPENED, ANSWERED, SUPPRESSED, FAILED, BOUNCED, EXPIRED
}
