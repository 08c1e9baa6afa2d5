package io.parcours.feedback.event;

import java.util.Map;

import io.parcours.feedback.alert.Alert;
import io.parcours.feedback.score.FeedbackSummary;

/**
 * An event as live subscribers get it: a response received with the all-time scores of its journey, stage and
 * touchpoint after it ({@code summaries} by link field), or an alert raised ({@code alert}, as stored now).
 */
public record LiveEvent(FeedEvent event, Map<String, FeedbackSummary> summaries, Alert alert) {

    public boolean isFeedback() {
        return FeedEvent.FEEDBACK_RECEIVED.equals(event.type());
    }

    public String journeyId() {
        return event.journeyId();
    }
}
