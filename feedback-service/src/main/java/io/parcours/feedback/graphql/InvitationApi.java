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
import io.parcours.feedback.invitation.InvitationChannel;
import io.parcours.feedback.invitation.InvitationRates;
import io.parcours.feedback.invitation.InvitationService;
import io.parcours.feedback.invitation.InvitationState;
import io.parcours.feedback.invitation.Invitations;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.mutiny.Uni;

/** Invitations: editors send a survey to contacts by e-mail; readers follow each invitation's state. */
@GraphQLApi
public class InvitationApi {

    private final InvitationService invitations;
    private final InvitationRates rates;

    public InvitationApi(InvitationService invitations, InvitationRates rates) {
        this.invitations = invitations;
        this.rates = rates;
    }

    @Mutation("inviteContacts")
    @Description("Schedules an invitation to the survey (e-mail, or SMS) for each contact given by respondentRefs (1–1,000), "
            + "or for every contact whose attributes have all these values (up to 10,000; role editor or admin); sent at sendAt "
            + "(now when omitted, within a year). When due, each is SENT, or SUPPRESSED with its reason: no contact, "
            + "no e-mail address, no consent, unsubscribed, the survey closed, invited to this survey about this "
            + "touchpoint before, or invited to any survey of the workspace within the throttle period (30 days).")
    public Uni<@NonNull InvitationBatch> inviteContacts(@NonNull @Id String surveyId,
            // Elements are checked below: SmallRye makes a list argument with non-null elements non-null itself.
            @Description("The contacts to invite.") List<String> respondentRefs,
            @Description("Or: the contacts whose attributes have all these values.") List<AttributeFilter> attributes,
            @Id @Description("The touchpoint the invitation is about; the survey's when omitted.") String touchpointId,
            @Description("When to send; now when omitted.") OffsetDateTime sendAt,
            @DefaultValue("EMAIL") @Description("EMAIL, or SMS to the contacts' phone numbers (with their SMS consent).")
            InvitationChannel channel) {
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
                sendAt == null ? null : sendAt.toInstant(), channel == null ? InvitationChannel.EMAIL : channel)
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
            + "of sent) and the median time from sending to answering, in all and per channel (role viewer or above).")
    public Uni<@NonNull InvitationStatsView> invitationStats(@NonNull @Id String surveyId) {
        return rates.ofSurvey(surveyId).map(InvitationStatsView::of);
    }

    @Query("invitationStatsByTouchpointIds")
    @Inaccessible
    @Description("Batch for the gateway: the response rates of each touchpoint's invitations, in argument order; at "
            + "most 1,000 ids.")
    public Uni<@NonNull List<@NonNull InvitationStatsView>> invitationStatsByTouchpointIds(
            @NonNull List<@NonNull String> ids) {
        return rates.byLink("touchpointId", ids).map(InvitationStatsView::all);
    }

    @Query("invitationStatsByStageIds")
    @Inaccessible
    @Description("Batch for the gateway: the response rates per stage, in argument order; as invitationStatsByTouchpointIds.")
    public Uni<@NonNull List<@NonNull InvitationStatsView>> invitationStatsByStageIds(@NonNull List<@NonNull String> ids) {
        return rates.byLink("stageId", ids).map(InvitationStatsView::all);
    }

    @Query("invitationStatsByJourneyIds")
    @Inaccessible
    @Description("Batch for the gateway: the response rates per journey, in argument order; as invitationStatsByTouchpointIds.")
    public Uni<@NonNull List<@NonNull InvitationStatsView>> invitationStatsByJourneyIds(@NonNull List<@NonNull String> ids) {
        return rates.byLink("journeyId", ids).map(InvitationStatsView::all);
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
