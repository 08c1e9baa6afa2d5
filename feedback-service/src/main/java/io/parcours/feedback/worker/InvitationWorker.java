package io.parcours.feedback.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.model.Updates;

import io.parcours.feedback.contact.Contact;
import io.parcours.feedback.invitation.Invitation;
import io.parcours.feedback.invitation.InvitationChannel;
import io.parcours.feedback.invitation.InvitationMail;
import io.parcours.feedback.invitation.InvitationSms;
import io.parcours.feedback.invitation.InvitationState;
import io.parcours.feedback.invitation.Invitations;
import io.parcours.feedback.metrics.WorkOutcomes;
import io.parcours.feedback.invitation.Suppression;
import io.parcours.feedback.link.LinkIssuer;
import io.parcours.feedback.mongo.Rounds;
import io.parcours.feedback.sms.SmsGateway;
import io.parcours.feedback.survey.Survey;
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
 * period across the workspace (a compare-and-set on the contact, so concurrent workers agree). The rules are decided
 * for a whole round in bulk ({@link InvitationRounds}); each invitation's record follows its own sending.
 */
@ApplicationScoped
public class InvitationWorker {

    private static final Logger LOG = Logger.getLogger(InvitationWorker.class);
    private static final int BATCH = 200;
    private static final int CONCURRENT_SENDS = 32;
    private static final int RECORD_GROUP = 16;
    private static final Duration RECORD_WAIT = Duration.ofMillis(20);

    private final Invitations invitations;
    private final InvitationRounds preparing;
    private final LinkIssuer links;
    private final ReactiveMailer mailer;
    private final SmsGateway sms;
    private final Vertx vertx;
    private final Duration pollEvery;
    private final Duration lease;
    private final Duration day;
    private final int linkValidDays;
    private final Rounds rounds;
    private long timer = -1;

    InvitationWorker(Invitations invitations, InvitationRounds preparing, LinkIssuer links,
            ReactiveMailer mailer, SmsGateway sms, Vertx vertx,
            @ConfigProperty(name = "parcours.invitations.poll-every") Duration pollEvery,
            @ConfigProperty(name = "parcours.invitations.lease") Duration lease,
            @ConfigProperty(name = "parcours.invitations.day") Duration day,
            @ConfigProperty(name = "parcours.invitations.link-valid-days") int linkValidDays) {
        this.invitations = invitations;
        this.preparing = preparing;
        this.links = links;
        this.mailer = mailer;
        this.sms = sms;
        this.vertx = vertx;
        this.pollEvery = pollEvery;
        this.lease = lease;
        this.day = day;
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
     * One round: a batch claimed, prepared in bulk (contacts, surveys, the rules' decisions), then sent several at a
     * time and recorded in small groups — a mail sent waits at most {@link #RECORD_WAIT} for its record, so a crash
     * repeats only the mails in flight and those few; whether it was full.
     */
    private Uni<Boolean> round() {
        return invitations.claimDue(BATCH, lease).chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(false)
                : preparing.prepare(claimed).chain(round -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUni(invitation -> work(invitation, round)).merge(CONCURRENT_SENDS)
                        .group().intoLists().of(RECORD_GROUP, RECORD_WAIT)
                        .onOverflow().buffer(BATCH) // groups made on time come while a write is under way
                        .onItem().transformToUniAndConcatenate(invitations::recordAll)
                        .collect().asList().map(done -> claimed.size() == BATCH)));
    }

    private Uni<Invitations.Outcome> work(Document invitation, InvitationRound round) {
        Uni<Bson> outcome = InvitationState.SCHEDULED.name().equals(invitation.getString("state"))
                ? send(invitation, round) : remind(invitation, round);
        return outcome.onFailure().recoverWithItem(failure -> {
            LOG.warnf("Invitation %s failed: %s", invitation.getString("_id"), failure.toString());
            WorkOutcomes.count(WorkOutcomes.INVITATIONS, "failed", 1);
            return Updates.combine(Updates.set("state", InvitationState.FAILED.name()),
                    Updates.set("error", failure.getMessage()), Updates.set("due", null));
        }).map(changes -> new Invitations.Outcome(invitation, changes));
    }

    private Uni<Bson> send(Document invitation, InvitationRound round) {
        Suppression refused = round.refusal(invitation);
        if (refused != null) {
            WorkOutcomes.count(WorkOutcomes.INVITATIONS, "suppressed", 1);
            return Uni.createFrom().item(suppressed(refused));
        }
        Survey survey = round.survey(invitation);
        return mail(invitation, round.contact(invitation), survey, round, false)
                .invoke(() -> WorkOutcomes.count(WorkOutcomes.INVITATIONS, "sent", 1))
                .map(expires -> sent(survey, round.now, expires));
    }

    /** The one reminder: only while the invitation is unanswered and the contact may still be e-mailed. */
    private Uni<Bson> remind(Document invitation, InvitationRound round) {
        if (invitation.getDate("remindedAt") != null || round.rulesBroken(invitation) != null) {
            return Uni.createFrom().item(Updates.set("due", null));
        }
        return mail(invitation, round.contact(invitation), round.survey(invitation), round, true)
                .invoke(() -> WorkOutcomes.count(WorkOutcomes.INVITATIONS, "reminded", 1))
                .map(expires -> Updates.combine(Updates.set("remindedAt", new Date()), Updates.set("due", null)));
    }

    private static InvitationChannel channel(Document invitation) {
        return Invitation.channel(invitation.getString("channel"));
    }

    /** Sends the invitation (or its reminder) to the contact by its channel; when its link expires. */
    private Uni<Instant> mail(Document invitation, Contact contact, Survey survey, InvitationRound round,
            boolean reminder) {
        String workspace = invitation.getString("workspaceId");
        String id = invitation.getString("_id");
        Date sentAt = invitation.getDate("sentAt");
        Instant expires = (sentAt == null ? Instant.now() : sentAt.toInstant()).plus(day.multipliedBy(linkValidDays))
                .truncatedTo(ChronoUnit.SECONDS);
        if (channel(invitation) == InvitationChannel.SMS) {
            return links.invitationShortUrls(workspace, survey.id, contact.respondentRef(),
                    invitation.getString("touchpointId"), expires, id)
                    .chain(urls -> round.version(survey).chain(version -> sms.send(contact.phone(),
                            InvitationSms.of(contact.locale(), version, urls.survey(), urls.unsubscribe(), reminder),
                            reminder ? id + "-reminder" : id)))
                    .replaceWith(expires);
        }
        String surveyUrl = links.invitationUrl(workspace, survey.id, contact.respondentRef(),
                invitation.getString("touchpointId"), expires, id);
        LinkIssuer.UnsubscribeLinks unsubscribe = links.unsubscribeLinks(workspace, contact.respondentRef(), id);
        return round.version(survey)
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
