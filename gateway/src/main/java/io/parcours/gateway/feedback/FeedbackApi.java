package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.gateway.forward.Forwarded;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Responses and scores, served by feedback-service. */
@GraphQLApi
public class FeedbackApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public FeedbackApi(Forwarding forward, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("feedbackSummary")
    @Description("Scores of the responses matching the filter (all of the workspace's without one). Role viewer or "
            + "above.")
    public Uni<Forwarded> feedbackSummary() {
        return forward.read(subgraph);
    }

    @Query("feedbackTrend")
    @Description("The same scores per bucket of submittedAt (UTC), oldest first; only buckets that hold responses.")
    public Uni<Forwarded> feedbackTrend() {
        return forward.read(subgraph);
    }

    @Mutation("submitResponse")
    @Description("Submits one response (role collector, editor or admin); a retry with the same clientResponseId "
            + "is DUPLICATE, an invalid one REJECTED with reasons naming the question and the rule.")
    public Uni<Forwarded> submitResponse() {
        return forward.write(subgraph);
    }

    @Mutation("submitResponses")
    @Description("Submits up to 500 responses at once (offline sync from mobile apps): one result per item, in "
            + "order.")
    public Uni<Forwarded> submitResponses() {
        return forward.write(subgraph);
    }

    @Mutation("eraseRespondent")
    @Description("Deletes every response of a respondent in the workspace and says how many (role admin).")
    public Uni<Forwarded> eraseRespondent() {
        return forward.write(subgraph);
    }

    @Mutation("recountScores")
    @Description("Compares every daily score tally of the workspace with a count of its stored responses and sets "
            + "those that differ to the count (role admin); says what was corrected. Tallies also repair themselves "
            + "within seconds after a crash.")
    public Uni<Forwarded> recountScores() {
        return forward.write(subgraph);
    }
}
