package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.feedback.invitation.InvitationRates;
import io.smallrye.mutiny.Uni;

/**
 * Response rates on touchpoint-service's entities, the federation way: every journey, stage or touchpoint of a fetch
 * at once, one count for all of them, results in order.
 */
@GraphQLApi
public class EntityInvitationApi {

    private final InvitationRates rates;

    public EntityInvitationApi(InvitationRates rates) {
        this.rates = rates;
    }

    @Name("invitationStats")
    @Description("What became of the invitations about this journey: invited, sent, opened, answered, response rate, "
            + "median time to answer, in all and per channel.")
    public Uni<List<@NonNull InvitationStatsView>> journeyInvitationStats(@Source List<JourneyReference> journeys) {
        return rates.byLink("journeyId", journeys.stream().map(JourneyReference::id).toList())
                .map(InvitationStatsView::all);
    }

    @Name("invitationStats")
    @Description("What became of the invitations about this stage's touchpoints and surveys, as on a journey.")
    public Uni<List<@NonNull InvitationStatsView>> stageInvitationStats(@Source List<StageReference> stages) {
        return rates.byLink("stageId", stages.stream().map(StageReference::id).toList()).map(InvitationStatsView::all);
    }

    @Name("invitationStats")
    @Description("What became of the invitations about this touchpoint (its surveys' and its triggers'), as on a journey.")
    public Uni<List<@NonNull InvitationStatsView>> touchpointInvitationStats(@Source List<TouchpointReference> touchpoints) {
        return rates.byLink("touchpointId", touchpoints.stream().map(TouchpointReference::id).toList())
                .map(InvitationStatsView::all);
    }
}
