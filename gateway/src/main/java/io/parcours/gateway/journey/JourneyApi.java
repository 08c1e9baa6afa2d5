package io.parcours.gateway.journey;

import static io.parcours.gateway.subgraph.JsonTree.list;
import static io.parcours.gateway.subgraph.JsonTree.object;

import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
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
 * Journey reads, forwarded to touchpoint-service (arguments and types are its own, see Forwarding), which also start
 * the feedback reads their selection needs. Every other root field is forwarded as its subgraph defines it
 * (PublicSchema).
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
    public Uni<Forwarded> journeys() {
        DataFetchingEnvironment env = forward.environment();
        CallerRequest.Current caller = forward.caller();
        return Forwarding.typed(forward.read(subgraph, caller).invoke(page -> {
            List<Object> journeys = list(object(page).get("edges")).stream()
                    .map(edge -> object(edge).get("node")).filter(node -> node != null).toList();
            feedback.prefetch(caller, env.getGraphQLSchema(), journeys, env.getSelectionSet(), "edges/node/");
        }));
    }
}
