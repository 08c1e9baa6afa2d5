package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("FeedbackFilter")
@Description("Which responses to score: any combination of links, and from ≤ submittedAt < to.")
public record FeedbackFilter(
        @Description("Only responses to this survey.") String surveyId,
        @Description("Only responses about this touchpoint.") String touchpointId,
        @Description("Only responses about this stage.") String stageId,
        @Description("Only responses about this journey.") String journeyId,
        @Description("Only responses about this persona.") String personaId,
        @Description("Submitted at or after this time.") OffsetDateTime from,
        @Description("Submitted before this time.") OffsetDateTime to) {
}
