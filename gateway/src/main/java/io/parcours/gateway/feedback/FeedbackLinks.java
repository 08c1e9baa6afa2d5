package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.journey.Journey;
import io.parcours.gateway.journey.Stage;
import io.parcours.gateway.journey.Touchpoint;
import io.smallrye.mutiny.Uni;

/**
 * Survey scores and surveys on journeys, stages and touchpoints. Each resolver receives every object of its
 * nesting level at once (as touchpoint-service's JSON) and makes one feedback-service request for all of them.
 */
@GraphQLApi
public class FeedbackLinks {

    private final FeedbackReads reads;
    private final Forwarding forward;

    public FeedbackLinks(FeedbackReads reads, Forwarding forward) {
        this.reads = reads;
        this.forward = forward;
    }

    @Name("feedback")
    @Description("Scores of the responses about this journey submitted in from ≤ submittedAt < to (all time "
            + "without bounds). Every journey feedback selection of one request uses the same range.")
    public Uni<List<FeedbackSummary>> journeyFeedback(@Source List<Journey> journeys, OffsetDateTime from,
            OffsetDateTime to) {
        return Forwarding.typed(reads.journeySummaries(forward.schema(), FeedbackReads.ids(journeys), from, to));
    }

    @Name("feedback")
    @Description("Scores of the responses about this stage submitted in from ≤ submittedAt < to (all time without "
            + "bounds). Every stage feedback selection of one request uses the same range.")
    public Uni<List<FeedbackSummary>> stageFeedback(@Source List<Stage> stages, OffsetDateTime from,
            OffsetDateTime to) {
        return Forwarding.typed(reads.stageSummaries(forward.schema(), FeedbackReads.ids(stages), from, to));
    }

    @Name("feedback")
    @Description("Scores of the responses about this touchpoint submitted in from ≤ submittedAt < to (all time "
            + "without bounds). Every touchpoint feedback selection of one request uses the same range.")
    public Uni<List<FeedbackSummary>> touchpointFeedback(@Source List<Touchpoint> touchpoints,
            OffsetDateTime from, OffsetDateTime to) {
        return Forwarding.typed(reads.touchpointSummaries(forward.schema(), FeedbackReads.ids(touchpoints), from, to));
    }

    @Name("surveys")
    @Description("Surveys about this touchpoint, oldest first.")
    public Uni<List<List<@NonNull Survey>>> surveys(@Source List<Touchpoint> touchpoints) {
        return Forwarding.typed(reads.touchpointSurveys(forward.schema(), FeedbackReads.ids(touchpoints)));
    }
}
