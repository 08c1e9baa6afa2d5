package io.parcours.feedback.invitation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;

import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.paging.PageRequest;
import io.parcours.common.security.Caller;
import io.parcours.feedback.contact.ContactStore;
import io.parcours.feedback.survey.SurveyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Inviting contacts to a survey, now or at a time; listing the invitations and their states. */
@ApplicationScoped
public class InvitationService {

    /** Contacts one invitation by attributes reaches at most. */
    public static final int MAX_INVITED = 10_000;
    /** References one call may list (as any GraphQL list); more are invited by attributes. */
    public static final int MAX_REFS = 1_000;

    private final Invitations invitations;
    private final ContactStore contacts;
    private final SurveyStore surveys;
    private final Caller caller;

    InvitationService(Invitations invitations, ContactStore contacts, SurveyStore surveys, Caller caller) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.surveys = surveys;
        this.caller = caller;
    }

    /** Who to invite: the contacts with these references, or those whose attributes have these values. */
    public record Invitees(List<String> respondentRefs, Map<String, String> attributes) {
    }

    public record Scheduled(int count, Instant sendAt) {
    }

    /** Schedules one invitation per contact (role editor or admin); the workers send them when due. */
    public Uni<Scheduled> invite(String surveyId, Invitees invitees, String touchpointId, Instant sendAt) {
        boolean byRef = invitees.respondentRefs() != null;
        if (byRef == (invitees.attributes() != null)) {
            return Uni.createFrom().failure(ValidationException.of("respondentRefs",
                    "give either respondentRefs or attributes, not both"));
        }
        if (byRef && (invitees.respondentRefs().isEmpty() || invitees.respondentRefs().size() > MAX_REFS)) {
            return Uni.createFrom().failure(ValidationException.of("respondentRefs", "must hold 1 to " + MAX_REFS
                    + " references; invite more by attributes"));
        }
        if (sendAt != null && sendAt.isAfter(Instant.now().plus(366, ChronoUnit.DAYS))) {
            return Uni.createFrom().failure(ValidationException.of("sendAt", "must be within a year"));
        }
        return caller.workspaceToWrite().chain(workspace -> surveys.find(workspace, surveyId)
                .onItem().ifNull().failWith(() -> new NotFoundException("No survey with id " + surveyId))
                .chain(survey -> (byRef ? Uni.createFrom().item(invitees.respondentRefs())
                        : contacts.refsWithAttributes(workspace, invitees.attributes(), MAX_INVITED))
                        .chain(refs -> {
                            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                            Instant due = sendAt == null || sendAt.isBefore(now) ? now : sendAt;
                            List<Document> created = new ArrayList<>();
                            for (String ref : new LinkedHashSet<>(refs)) {
                                created.add(Invitations.scheduled(UUID.randomUUID().toString(), workspace, survey.id,
                                        ref, touchpointId != null ? touchpointId : survey.touchpointId, due, now));
                            }
                            return invitations.insertAll(created).replaceWith(new Scheduled(created.size(), due));
                        })));
    }

    /** What became of a survey's invitations. */
    public record Stats(long invited, long scheduled, long sent, long opened, long answered, long suppressed,
            long failed, Double responseRate, Long medianSecondsToAnswer) {
    }

    /** Invited, sent, opened and answered, the response rate (answered of sent) and the median time to answer. */
    public Uni<Stats> stats(String surveyId) {
        return caller.workspaceToRead().chain(workspace -> invitations.countByState(workspace, surveyId)
                .chain(counts -> invitations.secondsToAnswer(workspace, surveyId).map(seconds -> {
                    long answered = counts.getOrDefault(InvitationState.ANSWERED, 0L);
                    long opened = answered + counts.getOrDefault(InvitationState.OPENED, 0L);
                    long sent = opened + counts.getOrDefault(InvitationState.SENT, 0L)
                            + counts.getOrDefault(InvitationState.BOUNCED, 0L)
                            + counts.getOrDefault(InvitationState.EXPIRED, 0L);
                    long invited = counts.values().stream().mapToLong(Long::longValue).sum();
                    return new Stats(invited, counts.getOrDefault(InvitationState.SCHEDULED, 0L), sent, opened, answered,
                            counts.getOrDefault(InvitationState.SUPPRESSED, 0L),
                            counts.getOrDefault(InvitationState.FAILED, 0L),
                            sent == 0 ? null : (double) answered / sent, median(seconds));
                })));
    }

    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public record InvitationPage(List<Invitation> invitations, boolean hasNextPage, long totalCount) {
    }

    public Uni<InvitationPage> list(Invitations.Filter filter, Integer first, String after) {
        return PageRequest.of(first, after).chain(page -> caller.workspaceToRead()
                .chain(workspace -> invitations.page(workspace, filter, page.after(), page.size() + 1)
                        .chain(rows -> invitations.count(workspace, filter).map(total -> new InvitationPage(
                                rows.subList(0, Math.min(page.size(), rows.size())), rows.size() > page.size(), total)))));
    }
}
