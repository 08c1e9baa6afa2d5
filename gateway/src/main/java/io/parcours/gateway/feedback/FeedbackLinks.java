package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.gateway.journey.Journey;
import io.parcours.gateway.journey.Stage;
import io.parcours.gateway.journey.Touchpoint;
import io.smallrye.mutiny.Uni;

/**
 * Survey scores and surveys on journeys, stages and touchpoints. Each resolver receives every object of its
 * nesting level at once and makes one feedback-service request for all of them.
 */
@GraphQLApi
public class FeedbackLinks {

    private final FeedbackReads reads;

    public FeedbackLinks(FeedbackReads reads) {
        this.reads = reads;
    }

    @Name("feedback")
    @Description("Scores of the responses about this journey submitted in from ≤ submittedAt < to (all time "
            + "without bounds). Every journey feedback selection of one request uses the same range.")
    public Uni<List<FeedbackSummary>> journeyFeedback(@Source List<Journey> journeys, OffsetDateTime from,
            OffsetDateTime to) {
        return reads.journeySummaries(journeys.stream().map(Journey::id).toList(), from, to);
    }

    @Name("feedback")
    @Description("Scores of the responses about this stage submitted in from ≤ submittedAt < to (all time without "
            + "bounds). Every stage feedback selection of one request uses the same range.")
    public Uni<List<FeedbackSummary>> stageFeedback(@Source List<Stage> stages, OffsetDateTime from,
            OffsetDateTime to) {
        return reads.stageSummaries(reads.caller(), stages.stream().map(Stage::id).toList(), from, to);
    }

    @Name("feedback")
    @Description("Scores of the responses about this touchpoint submitted in from ≤ submittedAt < to (all time "
            + "without bounds). Every touchpoint feedback selection of one request uses the same range.")
    public Uni<List<FeedbackSummary>> touchpointFeedback(@Source List<Touchpoint> touchpoints, OffsetDateTime from,
            OffsetDateTime to) {
        return reads.touchpointSummaries(reads.caller(), touchpoints.stream().map(Touchpoint::id).toList(), from,
                to);
    }

    @Name("surveys")
    @Description("Surveys about this touchpoint, oldest first.")
    public Uni<List<List<@NonNull Survey>>> surveys(@Source List<Touchpoint> touchpoints) {
        return reads.touchpointSurveys(reads.caller(), touchpoints.stream().map(Touchpoint::id).toList());
    }
}
