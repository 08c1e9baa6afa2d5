package io.parcours.feedback.survey;

/** Which surveys a listing returns; null members do not filter. */
public record SurveyFilter(String touchpointId, String journeyId, SurveyStatus status) {
}
