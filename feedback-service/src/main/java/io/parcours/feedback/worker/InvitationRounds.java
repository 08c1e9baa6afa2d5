package io.parcours.feedback.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.parcours.feedback.contact.Contact;
import io.parcours.feedback.contact.ContactStore;
import io.parcours.feedback.invitation.InvitationState;
import io.parcours.feedback.invitation.Invitations;
import io.parcours.feedback.invitation.Suppression;
import io.parcours.feedback.survey.Survey;
import io.parcours.feedback.survey.SurveyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Prepares a round of claimed invitations with a few bulk reads and writes for all of them: their contacts and
 * surveys, the invitations already made about the same survey and touchpoint, the throttle slots and the marks — where
 * each used to cost several round trips of its own.
 */
@ApplicationScoped
class InvitationRounds {

    private final ContactStore contacts;
    private final SurveyStore surveys;
    private final Invitations invitations;
    private final Duration throttle;

    InvitationRounds(ContactStore contacts, SurveyStore surveys, Invitations invitations,
            @ConfigProperty(name = "parcours.invitations.day") Duration day,
            @ConfigProperty(name = "parcours.invitations.throttle-days") int throttleDays) {
        this.contacts = contacts;
        this.surveys = surveys;
        this.invitations = invitations;
        this.throttle = day.multipliedBy(throttleDays);
    }

    Uni<InvitationRound> prepare(List<Document> claimed) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> contactIds = claimed.stream().map(i -> Contact.idOf(i.getString("workspaceId"),
                i.getString("respondentRef"))).distinct().toList();
        return contacts.byIds(contactIds).chain(found -> surveysOf(claimed).map(read ->
                new InvitationRound(now, found, read, surveys))).call(round -> decide(round, claimed.stream()
                        .filter(i -> InvitationState.SCHEDULED.name().equals(i.getString("state"))).toList()));
    }

    /** The round's surveys by workspace and id: one read per workspace, whatever the number of surveys. */
    private Uni<Map<String, Survey>> surveysOf(List<Document> claimed) {
        Map<String, Set<String>> idsByWorkspace = new LinkedHashMap<>();
        for (Document invitation : claimed) {
            idsByWorkspace.computeIfAbsent(invitation.getString("workspaceId"), workspace -> new LinkedHashSet<>())
                    .add(invitation.getString("surveyId"));
        }
        if (idsByWorkspace.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Map<String, Survey>>> reads = idsByWorkspace.entrySet().stream()
                .map(ids -> surveys.findAll(ids.getKey(), ids.getValue()).map(found -> {
                    Map<String, Survey> byKey = new HashMap<>();
                    found.forEach(survey -> byKey.put(InvitationRound.surveyKey(ids.getKey(), survey.id), survey));
                    return byKey;
                })).toList();
        return Uni.join().all(reads).andFailFast().map(parts -> {
            Map<String, Survey> byKey = new HashMap<>();
            parts.forEach(byKey::putAll);
            return byKey;
        });
    }

    /**
     * Which due invitations go: the contact's and survey's rules first, then never twice the same survey about the
     * same touchpoint (the marks), then one invitation per contact per throttle period (the slot), then the mark.
     */
    private Uni<Void> decide(InvitationRound round, List<Document> due) {
        List<Document> open = new ArrayList<>();
        for (Document invitation : due) {
            Suppression broken = round.rulesBroken(invitation);
            if (broken != null) {
                round.refuse(invitation, broken);
            } else {
                open.add(invitation);
            }
        }
        return invitations.marksOf(open).chain(marks -> {
            Map<Contact, Document> wanting = new LinkedHashMap<>(); // the contact's first open invitation of the round
            for (Document invitation : open) {
                String markedBy = marks.get(Invitations.markIdOf(invitation));
                if (markedBy != null && !markedBy.equals(invitation.getString("_id"))) {
                    round.refuse(invitation, Suppression.ALREADY_INVITED);
                    continue;
                }
                Contact contact = round.contact(invitation);
                Document first = wanting.get(contact);
                if (first != null) { // a second one for the contact in this round
                    round.refuse(invitation, Invitations.markIdOf(first).equals(Invitations.markIdOf(invitation))
                            ? Suppression.ALREADY_INVITED : Suppression.THROTTLED);
                } else if (throttled(contact, invitation, round.now)) {
                    round.refuse(invitation, Suppression.THROTTLED);
                } else {
                    wanting.put(contact, invitation);
                }
            }
            Map<Contact, String> slots = new LinkedHashMap<>();
            wanting.forEach((contact, invitation) -> slots.put(contact, invitation.getString("_id")));
            return contacts.takeInvitationSlots(slots, round.now).chain(granted -> {
                List<Document> holding = new ArrayList<>();
                for (Document invitation : wanting.values()) {
                    if (granted.contains(invitation.getString("_id"))) {
                        holding.add(invitation);
                    } else {
                        round.refuse(invitation, Suppression.THROTTLED);
                    }
                }
                return invitations.markAll(holding).invoke(marked -> refuseUnmarked(round, holding, marked));
            }).replaceWithVoid();
        });
    }

    /** Invited within the throttle period by another invitation (this one again, after a crash, is no reason). */
    private boolean throttled(Contact contact, Document invitation, Instant now) {
        Instant last = contact.lastInvitedAt();
        return last != null && !last.isBefore(now.minus(throttle))
                && !invitation.getString("_id").equals(contact.lastInvitationId());
    }

    private static void refuseUnmarked(InvitationRound round, List<Document> holding, Set<String> marked) {
        for (Document invitation : holding) {
            if (!marked.contains(invitation.getString("_id"))) {
                round.refuse(invitation, Suppression.ALREADY_INVITED);
            }
        }
    }
}
