package io.parcours.feedback.worker;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

import io.parcours.feedback.contact.Contact;
import io.parcours.feedback.invitation.Invitation;
import io.parcours.feedback.invitation.InvitationChannel;
import io.parcours.feedback.invitation.Suppression;
import io.parcours.feedback.survey.Survey;
import io.parcours.feedback.survey.SurveyStore;
import io.parcours.feedback.survey.SurveyVersion;
import io.smallrye.mutiny.Uni;

/**
 * One round of claimed invitations as {@link InvitationRounds} prepared it: their contacts and surveys, and for each
 * due invitation whether it goes or why not. What the workers then do per invitation is only the sending and its record.
 */
final class InvitationRound {

    final Instant now;
    private final Map<String, Contact> contactsById;
    private final Map<String, Survey> surveysByKey;
    private final Map<String, Suppression> refusedById = new HashMap<>();
    private final Map<String, Uni<SurveyVersion>> versionsByKey = new ConcurrentHashMap<>();
    private final SurveyStore surveys;

    InvitationRound(Instant now, Map<String, Contact> contactsById, Map<String, Survey> surveysByKey, SurveyStore surveys) {
        this.now = now;
        this.contactsById = contactsById;
        this.surveysByKey = surveysByKey;
        this.surveys = surveys;
    }

    static String surveyKey(String workspaceId, String surveyId) {
        return workspaceId + "\n" + surveyId;
    }

    Contact contact(Document invitation) {
        return contactsById.get(Contact.idOf(invitation.getString("workspaceId"), invitation.getString("respondentRef")));
    }

    Survey survey(Document invitation) {
        return surveysByKey.get(surveyKey(invitation.getString("workspaceId"), invitation.getString("surveyId")));
    }

    void refuse(Document invitation, Suppression reason) {
        refusedById.putIfAbsent(invitation.getString("_id"), reason);
    }

    /** Why the due invitation does not go; null: it goes. */
    Suppression refusal(Document invitation) {
        return refusedById.get(invitation.getString("_id"));
    }

    /** The survey's published version, read once per round. */
    Uni<SurveyVersion> version(Survey survey) {
        return versionsByKey.computeIfAbsent(surveyKey(survey.workspaceId, survey.id), key -> surveys
                .version(survey.workspaceId, survey.id, survey.publishedVersion).memoize().indefinitely());
    }

    /** The rules an invitation's contact and survey must meet to be sent to (or reminded); null when they do. */
    Suppression rulesBroken(Document invitation) {
        Contact contact = contact(invitation);
        if (contact == null) {
            return Suppression.NO_CONTACT;
        }
        if (contact.unsubscribedAt() != null) {
            return Suppression.UNSUBSCRIBED;
        }
        boolean sms = Invitation.channel(invitation.getString("channel")) == InvitationChannel.SMS;
        if ((sms ? contact.phone() : contact.email()) == null) {
            return Suppression.NO_ADDRESS;
        }
        if (!(sms ? contact.smsConsent() : contact.emailConsent())) {
            return Suppression.NO_CONSENT;
        }
        Survey survey = survey(invitation);
        if (survey == null || survey.publishedVersion == 0 || !survey.acceptsResponsesAt(now)) {
            return Suppression.SURVEY_CLOSED;
        }
        return null;
    }
}
