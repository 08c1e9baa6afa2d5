package io.parcours.gateway.feedback;

import java.util.List;

/** feedback-service's feedbackBatch: the feedback reads of journey queries in one request; unasked parts empty. */
public record FeedbackBatch(
        List<FeedbackSummary> journeys,
        List<FeedbackSummary> stages,
        List<FeedbackSummary> touchpoints,
        List<List<Survey>> surveys) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public List<FeedbackSummary> getJourneys() {
        return journeys;
    }

    public List<FeedbackSummary> getStages() {
        return stages;
    }

    public List<FeedbackSummary> getTouchpoints() {
        return touchpoints;
    }

    public List<List<Survey>> getSurveys() {
        return surveys;
    }
}
