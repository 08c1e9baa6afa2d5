package io.parcours.gateway.journey;

import static io.parcours.gateway.forward.JsonTree.list;
import static io.parcours.gateway.forward.JsonTree.object;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import graphql.schema.DataFetchingEnvironment;
import io.parcours.gateway.feedback.FeedbackReads;
import io.parcours.gateway.forward.Forwarded;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.subgraph.CallerRequest;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/**
 * Journeys, forwarded to touchpoint-service (arguments and types are its own, see Forwarding). Reading journeys
 * also starts the feedback reads their selection needs.
 */
@GraphQLApi
public class JourneyApi {

    private final Forwarding forward;
    private final Subgraph subgraph;
    private final FeedbackReads feedback;

    public JourneyApi(Forwarding forward, @Named(Subgraphs.TOUCHPOINT) Subgraph subgraph, FeedbackReads feedback) {
        this.forward = forward;
        this.subgraph = subgraph;
        this.feedback = feedback;
    }

    @Query("journey")
    @Description("A journey with its stages and touchpoints; null when unknown in the caller's workspace. Role "
            + "viewer or above.")
    public Uni<Forwarded> journey() {
        DataFetchingEnvironment env = forward.environment();
        CallerRequest.Current caller = forward.caller();
        return Forwarding.typed(forward.read(subgraph, caller).invoke(journey -> {
            if (journey != null) {
                feedback.prefetch(caller, env.getGraphQLSchema(), List.of(journey), env.getSelectionSet(), "");
            }
        }));
    }

    @Query("journeys")
    @Description("Journeys, oldest first, 1–100 per page (default 20), optionally of one persona, status or map "
            + "type. Role viewer or above.")
    public Uni<Forwarded> journeys() {
        DataFetchingEnvironment env = forward.environment();
        CallerRequest.Current caller = forward.caller();
        return Forwarding.typed(forward.read(subgraph, caller).invoke(page -> {
            List<Object> journeys = list(object(page).get("edges")).stream()
                    .map(edge -> object(edge).get("node")).filter(node -> node != null).toList();
            feedback.prefetch(caller, env.getGraphQLSchema(), journeys, env.getSelectionSet(), "edges/node/");
        }));
    }

    @Mutation("createJourney")
    @Description("Creates a journey with the stages of a template, or the given stageNames with CUSTOM (role "
            + "editor or admin).")
    public Uni<Forwarded> createJourney() {
        return forward.write(subgraph);
    }

    @Mutation("updateJourney")
    @Description("Replaces a journey's own fields (role editor or admin); CONFLICT when expectedVersion is stale.")
    public Uni<Forwarded> updateJourney() {
        return forward.write(subgraph);
    }

    @Mutation("setJourneyStatus")
    @Description("Moves a journey through its life cycle (role editor or admin); VALIDATION for a transition that "
            + "is not allowed, CONFLICT when expectedVersion is stale.")
    public Uni<Forwarded> setJourneyStatus() {
        return forward.write(subgraph);
    }

    @Mutation("deriveJourney")
    @Description("Deep copy of a journey (stages and touchpoints) as a new DRAFT of the given map type, linked by "
            + "derivedFromId: e.g. a future state from a current state (role editor or admin).")
    public Uni<Forwarded> deriveJourney() {
        return forward.write(subgraph);
    }
}
