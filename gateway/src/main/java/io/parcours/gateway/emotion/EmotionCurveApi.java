package io.parcours.gateway.emotion;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.gateway.feedback.FeedbackSummary;
import io.parcours.gateway.feedback.FeedbackReads;
import io.parcours.gateway.journey.Journey;
import io.parcours.gateway.journey.Stage;
import io.parcours.gateway.journey.Touchpoint;
import io.smallrye.mutiny.Uni;

/** Journey.emotionCurve: designed against measured emotion, per touchpoint in journey order. */
@GraphQLApi
public class EmotionCurveApi {

    private final FeedbackReads reads;

    public EmotionCurveApi(FeedbackReads reads) {
        this.reads = reads;
    }

    @Description("Per touchpoint in journey order, the designed emotion, the measured one from its survey scores, "
            + "and the gap: where the experience is worse than designed. Measured over the responses submitted in "
            + "from ≤ submittedAt < to (all time without bounds).")
    public Uni<List<List<@NonNull EmotionPoint>>> emotionCurve(@Source List<Journey> journeys, OffsetDateTime from,
            OffsetDateTime to) {
        return reads.touchpointSummaries(reads.caller(), FeedbackReads.touchpointIds(journeys), from, to)
                .map(byTouchpoint -> curves(journeys, byTouchpoint));
    }

    /** One curve per journey from the summaries of all their touchpoints, in journey order. */
    private static List<List<EmotionPoint>> curves(List<Journey> journeys, List<FeedbackSummary> byTouchpoint) {
        List<List<EmotionPoint>> curves = new ArrayList<>();
        int next = 0;
        for (Journey journey : journeys) {
            List<EmotionPoint> curve = new ArrayList<>();
            for (Stage stage : journey.stages()) {
                for (Touchpoint touchpoint : stage.touchpoints()) {
                    curve.add(point(stage, touchpoint, byTouchpoint.get(next++)));
                }
            }
            curves.add(curve);
        }
        return curves;
    }

    private static EmotionPoint point(Stage stage, Touchpoint touchpoint, FeedbackSummary summary) {
        Double measured = EmotionScale.measured(summary);
        return new EmotionPoint(touchpoint.id(), touchpoint.name(), stage.id(), stage.name(), touchpoint.emotion(),
                measured, EmotionScale.gap(touchpoint.emotion(), measured), summary.responseCount());
    }
}
