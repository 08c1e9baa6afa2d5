package io.parcours.gateway.feedback;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Responses and scores, served by feedback-service. */
@GraphQLApi
public class FeedbackApi {

    private final FeedbackClient client;
    private final Subgraph subgraph;

    public FeedbackApi(FeedbackClient client, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.client = client;
        this.subgraph = subgraph;
    }

    @Query("feedbackSummary")
    @Description("Scores of the responses matching the filter (all of the workspace's without one). Role viewer or "
            + "above.")
    public Uni<@NonNull FeedbackSummary> feedbackSummary(FeedbackFilter filter) {
        return subgraph.read("feedbackSummary", Arrays.asList(filter), auth -> client.feedbackSummary(auth, filter));
    }

    @Query("feedbackTrend")
    @Description("The same scores per bucket of submittedAt (UTC), oldest first; only buckets that hold responses.")
    public Uni<@NonNull List<@NonNull TrendPoint>> feedbackTrend(FeedbackFilter filter,
            @DefaultValue("WEEK") TrendBucket bucket) {
        return subgraph.read("feedbackTrend", Arrays.asList(filter, bucket),
                auth -> client.feedbackTrend(auth, filter, bucket));
    }

    @Mutation("submitResponse")
    @Description("Submits one response (role collector, editor or admin); a retry with the same clientResponseId "
            + "is DUPLICATE, an invalid one REJECTED with reasons naming the question and the rule.")
    public Uni<@NonNull SubmissionResult> submitResponse(@NonNull ResponseInput input) {
        return subgraph.write(auth -> client.submitResponse(auth, input));
    }

    @Mutation("submitResponses")
    @Description("Submits up to 500 responses at once (offline sync from mobile apps): one result per item, in "
            + "order.")
    public Uni<@NonNull List<@NonNull SubmissionResult>> submitResponses(@NonNull List<@NonNull ResponseInput> inputs) {
        return subgraph.write(auth -> client.submitResponses(auth, inputs));
    }

    @Mutation("eraseRespondent")
    @Description("Deletes every response of a respondent in the workspace and says how many (role admin).")
    public Uni<Long> eraseRespondent(@NonNull String respondentRef) {
        return subgraph.write(auth -> client.eraseRespondent(auth, respondentRef));
    }

    @Mutation("recountScores")
    @Description("Compares every daily score tally of the workspace with a count of its stored responses and sets "
            + "those that differ to the count (role admin); says what was corrected. Tallies also repair themselves "
            + "within seconds after a crash.")
    public Uni<@NonNull ScoreRecount> recountScores() {
        return subgraph.write(client::recountScores);
    }
}
