package io.parcours.gateway.emotion;

import static io.parcours.gateway.subgraph.JsonTree.list;
import static io.parcours.gateway.subgraph.JsonTree.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parcours.gateway.feedback.FeedbackReads;
import io.parcours.gateway.forward.Join;
import io.parcours.gateway.forward.JoinSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Journey.emotionCurve (joins.graphql): designed against measured emotion, per touchpoint in journey order. */
@ApplicationScoped
public class EmotionCurve implements JoinSource {

    private final FeedbackReads reads;

    public EmotionCurve(FeedbackReads reads) {
        this.reads = reads;
    }

    @Override
    public Map<String, Join> joins() {
        return Map.of("Journey.emotionCurve", this::curves);
    }

    /** One curve per journey, from the scores of all their touchpoints over the field's range. */
    public Uni<List<Object>> curves(Join.Request request, List<Object> journeys) {
        return reads.touchpointSummaries(request, FeedbackReads.touchpointIds(journeys), request.argument("from"),
                request.argument("to")).map(byTouchpoint -> curves(journeys, byTouchpoint));
    }

    /** One curve per journey (JSON) from the summaries of all their touchpoints, in journey order. */
    private static List<Object> curves(List<?> journeys, List<Object> byTouchpoint) {
        List<Object> curves = new ArrayList<>();
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
