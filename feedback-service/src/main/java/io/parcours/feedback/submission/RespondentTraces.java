package io.parcours.feedback.submission;

import io.parcours.feedback.alert.AlertStore;
import io.parcours.feedback.contact.ContactStore;
import io.parcours.feedback.event.Feed;
import io.parcours.feedback.invitation.Invitations;
import io.parcours.feedback.webhook.Deliveries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where a respondent's reference is kept beside their responses: alerts, the live feed, webhook messages, and their
 * contact (with how to reach them) and invitations.
 */
@ApplicationScoped
public class RespondentTraces {

    private final AlertStore alerts;
    private final Feed feed;
    private final Deliveries deliveries;
    private final ContactStore contacts;
    private final Invitations invitations;

    public RespondentTraces(AlertStore alerts, Feed feed, Deliveries deliveries, ContactStore contacts,
            Invitations invitations) {
        this.alerts = alerts;
        this.feed = feed;
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.invitations = invitations;
    }

    /** Takes the reference off everything that keeps it (the respondent's responses are being erased). */
    public Uni<Void> erase(String workspaceId, String respondentRef) {
        return alerts.eraseRespondent(workspaceId, respondentRef)
                .chain(() -> feed.eraseRespondent(workspaceId, respondentRef))
                .chain(() -> deliveries.eraseRespondent(workspaceId, respondentRef))
                .chain(() -> contacts.delete(workspaceId, respondentRef))
                .chain(() -> invitations.deleteRespondent(workspaceId, respondentRef));
    }
}
