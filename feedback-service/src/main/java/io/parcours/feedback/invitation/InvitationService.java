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
    public Uni<Scheduled> invite(String surveyId, Invitees invitees, String touchpointId, Instant sendAt,
            InvitationChannel channel) {
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
                            String about = touchpointId != null ? touchpointId : survey.touchpointId;
                            // The survey's stage and journey count the invitation when it is about the survey's
                            // touchpoint (or none); another touchpoint's are not known here.
                            boolean surveysOwn = about == null || about.equals(survey.touchpointId);
                            for (String ref : new LinkedHashSet<>(refs)) {
                                created.add(Invitations.scheduled(UUID.randomUUID().toString(), workspace, survey.id,
                                        ref, about, channel, due, now)
                                        .append("stageId", surveysOwn ? survey.stageId : null)
                                        .append("journeyId", surveysOwn ? survey.journeyId : null));
                            }
                            return invitations.insertAll(created).replaceWith(new Scheduled(created.size(), due));
                        })));
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
