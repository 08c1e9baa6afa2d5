package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SurveyTemplateInput")
@Description("Title, dates and links of a survey made from a template; all optional.")
public record SurveyTemplateInput(
        @Description("Title (the template's when omitted).") String title,
        @Description("Accept responses from this time on.") OffsetDateTime opensAt,
        @Description("Accept responses until this time.") OffsetDateTime closesAt,
        @Description("Linked journey.") String journeyId,
        @Description("Linked stage.") String stageId,
        @Description("Linked touchpoint.") String touchpointId,
        @Description("Linked persona.") String personaId) {
}
