package io.parcours.gateway.emotion;

import static io.parcours.gateway.forward.JsonTree.list;
import static io.parcours.gateway.forward.JsonTree.object;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.gateway.feedback.FeedbackReads;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.journey.Journey;
import io.smallrye.mutiny.Uni;

/** Journey.emotionCurve: designed against measured emotion, per touchpoint in journey order. */
@GraphQLApi
public class EmotionCurveApi {

    private final FeedbackReads reads;
    private final Forwarding forward;

    public EmotionCurveApi(FeedbackReads reads, Forwarding forward) {
        this.reads = reads;
        this.forward = forward;
    }

    @Description("Per touchpoint in journey order, the designed emotion, the measured one from its survey scores, "
            + "and the gap: where the experience is worse than designed. Measured over the responses submitted in "
            + "from ≤ submittedAt < to (all time without bounds).")
    public Uni<List<List<@NonNull EmotionPoint>>> emotionCurve(@Source List<Journey> journeys, OffsetDateTime from,
            OffsetDateTime to) {
        List<?> json = journeys;
        return reads.touchpointSummaries(forward.schema(), FeedbackReads.touchpointIds(json), from, to)
                .map(byTouchpoint -> curves(json, byTouchpoint));
    }

    /** One curve per journey (JSON) from the summaries of all their touchpoints, in journey order. */
    private static List<List<EmotionPoint>> curves(List<?> journeys, List<Object> byTouchpoint) {
        List<List<EmotionPoint>> curves = new ArrayList<>();
        int next = 0;
        for (Object journey : journeys) {
            List<EmotionPoint> curve = new ArrayList<>();
            for (Object stage : list(object(journey).get("stages"))) {
                for (Object touchpoint : list(object(stage).get("touchpoints"))) {
                    curve.add(point(object(stage), object(touchpoint), object(byTouchpoint.get(next++))));
                }
            }
            curves.add(curve);
        }
        return curves;
    }

    private static EmotionPoint point(Map<String, Object> stage, Map<String, Object> touchpoint,
            Map<String, Object> summary) {
        Double measured = EmotionScale.measured(summary);
        Integer designed = touchpoint.get("emotion") instanceof Number emotion ? emotion.intValue() : null;
        Number responses = summary == null ? null : (Number) summary.get("responseCount");
        return new EmotionPoint((String) touchpoint.get("id"), (String) touchpoint.get("name"),
                (String) stage.get("id"), (String) stage.get("name"), designed, measured,
                EmotionScale.gap(designed, measured), responses == null ? 0 : responses.intValue());
    }
}
