package io.parcours.gateway.feedback;

/**
 * feedback-service's FeedbackSummary, named in Java as the type of the scores on journeys, stages and touchpoints.
 * Its fields are feedback-service's own (PublicSchema reads them from its SDL) and are read from its JSON, never
 * from instances of this record.
 */
public record FeedbackSummary(int responseCount) {
}
