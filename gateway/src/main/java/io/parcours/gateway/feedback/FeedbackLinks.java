package io.parcours.gateway.feedback;

import java.util.List;
import java.util.Map;

import io.parcours.gateway.forward.Join;
import io.parcours.gateway.forward.JoinSource;
import io.parcours.gateway.subgraph.JsonTree;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Survey scores, surveys and response rates on journeys, stages and touchpoints (joins.graphql). Each receives every object of its
 * nesting level at once (as touchpoint-service's JSON) and makes one feedback-service request for all of them.
 */
@ApplicationScoped
public class FeedbackLinks implements JoinSource {

    private final FeedbackReads reads;

    public FeedbackLinks(FeedbackReads reads) {
        this.reads = reads;
    }

    @Override
    public Map<String, Join> joins() {
        return Map.of(
                "Journey.feedback", this::journeyFeedback,
                "Stage.feedback", this::stageFeedback,
                "Touchpoint.feedback", this::touchpointFeedback,
                "Touchpoint.surveys", this::surveys,
                "Journey.invitationStats", this::journeyInvitationStats,
                "Stage.invitationStats", this::stageInvitationStats,
                "Touchpoint.invitationStats", this::touchpointInvitationStats);
    }

    public Uni<List<Object>> journeyFeedback(Join.Request request, List<Object> journeys) {
        return reads.journeySummaries(request, JsonTree.ids(journeys), from(request), to(request));
    }

    public Uni<List<Object>> stageFeedback(Join.Request request, List<Object> stages) {
        return reads.stageSummaries(request, JsonTree.ids(stages), from(request), to(request));
    }

    public Uni<List<Object>> touchpointFeedback(Join.Request request, List<Object> touchpoints) {
        return reads.touchpointSummaries(request, JsonTree.ids(touchpoints), from(request), to(request));
    }

    public Uni<List<Object>> surveys(Join.Request request, List<Object> touchpoints) {
        return reads.touchpointSurveys(request, JsonTree.ids(touchpoints));
    }

    public Uni<List<Object>> journeyInvitationStats(Join.Request request, List<Object> journeys) {
        return reads.invitationStats(request, "Journey", JsonTree.ids(journeys));
    }

    public Uni<List<Object>> stageInvitationStats(Join.Request request, List<Object> stages) {
        return reads.invitationStats(request, "Stage", JsonTree.ids(stages));
    }

    public Uni<List<Object>> touchpointInvitationStats(Join.Request request, List<Object> touchpoints) {
        return reads.invitationStats(request, "Touchpoint", JsonTree.ids(touchpoints));
    }

    /** The range's bounds as the caller gave them (DateTime values, passed on to feedback-service). */
    private static Object from(Join.Request request) {
        return request.argument("from");
    }

    private static Object to(Join.Request request) {
        return request.argument("to");
    }
}
