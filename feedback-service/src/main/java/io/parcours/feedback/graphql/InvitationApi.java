package io.parcours.feedback.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.error.ValidationException;
import io.parcours.feedback.invitation.InvitationService;
import io.parcours.feedback.invitation.InvitationState;
import io.parcours.feedback.invitation.Invitations;
import io.smallrye.mutiny.Uni;

/** Invitations: editors send a survey to contacts by e-mail; readers follow each invitation's state. */
@GraphQLApi
public class InvitationApi {

    private final InvitationService invitations;

    public InvitationApi(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Mutation("inviteContacts")
    @Description("Schedules an e-mail invitation to the survey for each contact given by respondentRefs (1–1,000), "
            + "or for every contact whose attributes have all these values (up to 10,000; role editor or admin); sent at sendAt "
            + "(now when omitted, within a year). When due, each is SENT, or SUPPRESSED with its reason: no contact, "
            + "no e-mail address, no consent, unsubscribed, the survey closed, invited to this survey about this "
            + "touchpoint before, or invited to any survey of the workspace within the throttle period (30 days).")
    public Uni<@NonNull InvitationBatch> inviteContacts(@NonNull @Id String surveyId,
            // Elements are checked below: SmallRye makes a list argument with non-null elements non-null itself.
            @Description("The contacts to invite.") List<String> respondentRefs,
            @Description("Or: the contacts whose attributes have all these values.") List<AttributeFilter> attributes,
            @Id @Description("The touchpoint the invitation is about; the survey's when omitted.") String touchpointId,
            @Description("When to send; now when omitted.") OffsetDateTime sendAt) {
        if (respondentRefs != null && respondentRefs.contains(null)) {
            return Uni.createFrom().failure(ValidationException.of("respondentRefs[" + respondentRefs.indexOf(null) + "]",
                    "must not be null"));
        }
        Map<String, String> wanted = null;
        if (attributes != null) {
            wanted = new LinkedHashMap<>();
            for (int i = 0; i < attributes.size(); i++) {
                if (attributes.get(i) == null) {
                    return Uni.createFrom().failure(ValidationException.of("attributes[" + i + "]", "must not be null"));
                }
                if (wanted.put(attributes.get(i).name, attributes.get(i).value) != null) {
                    return Uni.createFrom().failure(ValidationException.of("attributes[" + i + "].name",
                            "repeats " + attributes.get(i).name));
                }
            }
        }
        return invitations.invite(surveyId, new InvitationService.Invitees(respondentRefs, wanted), touchpointId,
                sendAt == null ? null : sendAt.toInstant())
                .map(scheduled -> new InvitationBatch(scheduled.count(), scheduled.sendAt()));
    }

    @Query("invitations")
    @Description("Invitations of the caller's workspace, oldest first, filtered by survey, state or contact (role "
            + "viewer or above).")
    public Uni<@NonNull InvitationConnection> invitations(@Id String surveyId, InvitationState state,
            String respondentRef, @DefaultValue("20") @Description("Page size, 1–100.") Integer first,
            @Description("Cursor of the edge to continue after.") String after) {
        return invitations.list(new Invitations.Filter(surveyId, state, respondentRef), first, after)
                .map(InvitationConnection::of);
    }

    @Query("invitationStats")
    @Description("What became of a survey's invitations: invited, sent, opened, answered, the response rate (answered "
            + "of sent) and the median time from sending to answering (role viewer or above).")
    public Uni<@NonNull InvitationStats> invitationStats(@NonNull @Id String surveyId) {
        return invitations.stats(surveyId).map(s -> new InvitationStats(Math.toIntExact(s.invited()),
                Math.toIntExact(s.scheduled()), Math.toIntExact(s.sent()), Math.toIntExact(s.opened()),
                Math.toIntExact(s.answered()), Math.toIntExact(s.suppressed()), Math.toIntExact(s.failed()),
                s.responseRate(), s.medianSecondsToAnswer() == null ? null : Math.toIntExact(s.medianSecondsToAnswer())));
    }

    @Description("What became of a survey's invitations.")
    public record InvitationStats(@Description("Invitations made, in any state.") int invited,
            @Description("Not sent yet.") int scheduled,
            @Description("Sent (then perhaps opened, answered, bounced or expired).") int sent,
            @Description("Whose link was opened (answered ones included).") int opened,
            @Description("Answered through their link.") int answered,
            @Description("Not sent, each for its reason (see invitations).") int suppressed,
            @Description("Refused by the mail server.") int failed,
            @Description("answered / sent, from 0 to 1; null before any was sent.") Double responseRate,
            @Description("Median seconds from sending to answering; null before any answer.") Integer medianSecondsToAnswer) {
    }

    @Name("AttributeFilter")
    @Description("A contact attribute's name and the value it must have.")
    public static class AttributeFilter {
        @NonNull
        public String name;
        @NonNull
        public String value;
    }

    @Description("Invitations scheduled by one inviteContacts.")
    public record InvitationBatch(@Description("How many were scheduled (one per contact).") int scheduled,
            @NonNull @Description("When they are sent.") Instant sendAt) {
    }
}
