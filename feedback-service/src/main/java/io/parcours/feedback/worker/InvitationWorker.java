package io.parcours.feedback.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.model.Updates;

import io.parcours.feedback.contact.Contact;
import io.parcours.feedback.contact.ContactStore;
import io.parcours.feedback.invitation.Invitation;
import io.parcours.feedback.invitation.InvitationChannel;
import io.parcours.feedback.invitation.InvitationMail;
import io.parcours.feedback.invitation.InvitationSms;
import io.parcours.feedback.invitation.InvitationState;
import io.parcours.feedback.invitation.Invitations;
import io.parcours.feedback.invitation.Suppression;
import io.parcours.feedback.link.LinkIssuer;
import io.parcours.feedback.mongo.Rounds;
import io.parcours.feedback.sms.SmsGateway;
import io.parcours.feedback.survey.Survey;
import io.parcours.feedback.survey.SurveyStore;
import io.parcours.feedback.survey.SurveyVersion;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends due invitations and their one reminder, by e-mail or text message, on every replica (claims keep them apart).
 * Before sending it applies the rules, each refusal recorded with its reason: a contact, an address (a phone number
 * for SMS), consent to the channel and no unsubscription; the survey
 * open; never twice the same survey about the same touchpoint; and at most one invitation per contact per throttle
 * period across the workspace (a compare-and-set on the contact, so concurrent workers agree).
 */
@ApplicationScoped
public class InvitationWorker {

    private static final Logger LOG = Logger.getLogger(InvitationWorker.class);
    private static final int BATCH = 200;
    private static final int CONCURRENT_SENDS = 32;

    private final Invitations invitations;
    private final ContactStore contacts;
    private final SurveyStore surveys;
    private final LinkIssuer links;
    private final ReactiveMailer mailer;
    private final SmsGateway sms;
    private final Vertx vertx;
    private final Duration pollEvery;
    private final Duration lease;
    private final Duration day;
    private final int throttleDays;
    private final int linkValidDays;
    private final Rounds rounds;
    private long timer = -1;

    InvitationWorker(Invitations invitations, ContactStore contacts, SurveyStore surveys, LinkIssuer links,
            ReactiveMailer mailer, SmsGateway sms, Vertx vertx,
            @ConfigProperty(name = "parcours.invitations.poll-every") Duration pollEvery,
            @ConfigProperty(name = "parcours.invitations.lease") Duration lease,
            @ConfigProperty(name = "parcours.invitations.day") Duration day,
            @ConfigProperty(name = "parcours.invitations.throttle-days") int throttleDays,
            @ConfigProperty(name = "parcours.invitations.link-valid-days") int linkValidDays) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.surveys = surveys;
        this.links = links;
        this.mailer = mailer;
        this.sms = sms;
        this.vertx = vertx;
        this.pollEvery = pollEvery;
        this.lease = lease;
        this.day = day;
        this.throttleDays = throttleDays;
        this.linkValidDays = linkValidDays;
        this.rounds = new Rounds(vertx, Duration.ofMillis(25), "Invitations", this::round);
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(pollEvery.toMillis(), tick -> rounds.wake());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    /**
     * One round: a batch claimed and worked, several invitations at a time (two for one contact stay correct: the
     * throttle and the marks are compare-and-sets); whether it was full.
     */
    private Uni<Boolean> round() {
        return invitations.claimDue(BATCH, lease).chain(claimed -> {
            RoundSurveys seen = new RoundSurveys();
            return Multi.createFrom().iterable(claimed).onItem().transformToUni(invitation -> work(invitation, seen))
                    .merge(CONCURRENT_SENDS).collect().asList().map(done -> claimed.size() == BATCH);
        });
    }

    /** The surveys (and their published versions) a round's invitations are about, each read once per round. */
    private final class RoundSurveys {
        private final Map<String, Uni<Survey>> surveysById = new ConcurrentHashMap<>();
        private final Map<String, Uni<SurveyVersion>> versionsById = new ConcurrentHashMap<>();

        Uni<Survey> survey(String workspace, String id) {
            return surveysById.computeIfAbsent(workspace + "|" + id,
                    key -> surveys.find(workspace, id).memoize().indefinitely());
        }

        Uni<SurveyVersion> version(Survey survey) {
            return versionsById.computeIfAbsent(survey.workspaceId + "|" + survey.id, key -> surveys
                    .version(survey.workspaceId, survey.id, survey.publishedVersion).memoize().indefinitely());
        }
    }

    private Uni<Boolean> work(Document invitation, RoundSurveys seen) {
        Uni<Bson> outcome = InvitationState.SCHEDULED.name().equals(invitation.getString("state"))
                ? send(invitation, seen) : remind(invitation, seen);
        return outcome.onFailure().recoverWithItem(failure -> {
            LOG.warnf("Invitation %s failed: %s", invitation.getString("_id"), failure.toString());
            return Updates.combine(Updates.set("state", InvitationState.FAILED.name()),
                    Updates.set("error", failure.getMessage()), Updates.set("due", null));
        }).chain(changes -> invitations.record(invitation, changes));
    }

    private Uni<Bson> send(Document invitation, RoundSurveys seen) {
        String workspace = invitation.getString("workspaceId");
        String ref = invitation.getString("respondentRef");
        String id = invitation.getString("_id");
        String surveyId = invitation.getString("surveyId");
        String touchpointId = invitation.getString("touchpointId");
        return contacts.find(workspace, ref).chain(contact -> seen.survey(workspace, surveyId).chain(survey -> {
            Suppression refused = refusal(contact, survey, channel(invitation));
            if (refused != null) {
                return Uni.createFrom().item(suppressed(refused));
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            return invitations.invitedBefore(workspace, surveyId, touchpointId, ref, id).chain(before -> before
                    ? Uni.createFrom().item(suppressed(Suppression.ALREADY_INVITED))
                    : contacts.takeInvitationSlot(workspace, ref, id, now, now.minus(day.multipliedBy(throttleDays)))
                            .chain(granted -> !granted ? Uni.createFrom().item(suppressed(Suppression.THROTTLED))
                                    : invitations.mark(workspace, surveyId, touchpointId, ref, id)
                                            .chain(() -> mail(invitation, contact, survey, seen, false))
                                            .map(expires -> sent(survey, now, expires))));
        }));
    }

    /** The one reminder: only while the invitation is unanswered and the contact may still be e-mailed. */
    private Uni<Bson> remind(Document invitation, RoundSurveys seen) {
        if (invitation.getDate("remindedAt") != null) {
            return Uni.createFrom().item(Updates.set("due", null));
        }
        String workspace = invitation.getString("workspaceId");
        return contacts.find(workspace, invitation.getString("respondentRef"))
                .chain(contact -> seen.survey(workspace, invitation.getString("surveyId")).chain(survey -> {
                    if (refusal(contact, survey, channel(invitation)) != null) {
                        return Uni.createFrom().item(Updates.set("due", null));
                    }
                    return mail(invitation, contact, survey, seen, true).map(expires -> Updates.combine(
                            Updates.set("remindedAt", new Date()), Updates.set("due", null)));
                }));
    }

    private static InvitationChannel channel(Document invitation) {
        return Invitation.channel(invitation.getString("channel"));
    }

    private static Suppression refusal(Contact contact, Survey survey, InvitationChannel channel) {
        if (contact == null) {
            return Suppression.NO_CONTACT;
        }
        if (contact.unsubscribedAt() != null) {
            return Suppression.UNSUBSCRIBED;
        }
        boolean sms = channel == InvitationChannel.SMS;
        if ((sms ? contact.phone() : contact.email()) == null) {
            return Suppression.NO_ADDRESS;
        }
        if (!(sms ? contact.smsConsent() : contact.emailConsent())) {
            return Suppression.NO_CONSENT;
        }
        if (survey == null || survey.publishedVersion == 0 || !survey.acceptsResponsesAt(Instant.now())) {
            return Suppression.SURVEY_CLOSED;
        }
        return null;
    }

    /** Sends the invitation (or its reminder) to the contact by its channel; when its link expires. */
    private Uni<Instant> mail(Document invitation, Contact contact, Survey survey, RoundSurveys seen,
            boolean reminder) {
        String workspace = invitation.getString("workspaceId");
        String id = invitation.getString("_id");
        Date sentAt = invitation.getDate("sentAt");
        Instant expires = (sentAt == null ? Instant.now() : sentAt.toInstant()).plus(day.multipliedBy(linkValidDays))
                .truncatedTo(ChronoUnit.SECONDS);
        if (channel(invitation) == InvitationChannel.SMS) {
            return links.invitationShortUrls(workspace, survey.id, contact.respondentRef(),
                    invitation.getString("touchpointId"), expires, id)
                    .chain(urls -> seen.version(survey).chain(version -> sms.send(contact.phone(),
                            InvitationSms.of(contact.locale(), version, urls.survey(), urls.unsubscribe(), reminder),
                            reminder ? id + "-reminder" : id)))
                    .replaceWith(expires);
        }
        String surveyUrl = links.invitationUrl(workspace, survey.id, contact.respondentRef(),
                invitation.getString("touchpointId"), expires, id);
        LinkIssuer.UnsubscribeLinks unsubscribe = links.unsubscribeLinks(workspace, contact.respondentRef(), id);
        return seen.version(survey)
                .chain(version -> mailer.send(InvitationMail.of(contact.email(), contact.locale(), version, surveyUrl,
                        unsubscribe.page(), unsubscribe.oneClick(), reminder)))
                .replaceWith(expires);
    }

    private Bson sent(Survey survey, Instant now, Instant expires) {
        Instant remindAt = survey.reminderAfterDays == null ? null
                : now.plus(day.multipliedBy(survey.reminderAfterDays));
        return Updates.combine(Updates.set("state", InvitationState.SENT.name()), Updates.set("sentAt", Date.from(now)),
                Updates.set("expiresAt", Date.from(expires)),
                Updates.set("due", remindAt == null ? null : Date.from(remindAt)));
    }

    private static Bson suppressed(Suppression reason) {
        return Updates.combine(Updates.set("state", InvitationState.SUPPRESSED.name()),
                Updates.set("suppression", reason.name()), Updates.set("due", null));
    }
}
