package io.parcours.gateway.forward;

import java.util.Map;

import io.parcours.gateway.emotion.EmotionCurve;
import io.parcours.gateway.feedback.FeedbackLinks;
import io.parcours.gateway.journey.JourneyLinks;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** Every field of joins.graphql and the Join that resolves it, by coordinates. */
@ApplicationScoped
@Unremovable // looked up by the schema's fetchers, not injected
public class Joins {

    private final Map<String, Join> byCoordinates;

    public Joins(JourneyLinks journeys, FeedbackLinks feedback, EmotionCurve emotionCurve) {
        this.byCoordinates = Map.ofEntries(
                Map.entry("Journey.persona", journeys::persona),
                Map.entry("Journey.funnel", journeys::funnel),
                Map.entry("Persona.journeys", journeys::journeys),
                Map.entry("Journey.feedback", feedback::journeyFeedback),
                Map.entry("Stage.feedback", feedback::stageFeedback),
                Map.entry("Touchpoint.feedback", feedback::touchpointFeedback),
                Map.entry("Touchpoint.surveys", feedback::surveys),
                Map.entry("Journey.invitationStats", feedback::journeyInvitationStats),
                Map.entry("Stage.invitationStats", feedback::stageInvitationStats),
                Map.entry("Touchpoint.invitationStats", feedback::touchpointInvitationStats),
                Map.entry("Journey.emotionCurve", emotionCurve::curves));
    }

    public Join of(String coordinates) {
        Join join = byCoordinates.get(coordinates);
        if (join == null) {
            throw new IllegalStateException("joins.graphql declares " + coordinates + " but no Join resolves it");
        }
        return join;
    }
}
