package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.score.FeedbackSummary;

@Description("What the gateway needs of feedback for a set of journeys, read in one request. Each list follows the "
        + "order of its ids and is empty when they were not given.")
public record FeedbackBatch(
        @NonNull @Description("All-time summary per journey id.") List<@NonNull FeedbackSummary> journeys,
        @NonNull @Description("All-time summary per stage id.") List<@NonNull FeedbackSummary> stages,
        @NonNull @Description("All-time summary per touchpoint id.") List<@NonNull FeedbackSummary> touchpoints,
        @NonNull @Description("Surveys per id of surveyTouchpointIds, as surveysByTouchpointIds.")
        List<@NonNull List<@NonNull SurveyView>> surveys) {
}
