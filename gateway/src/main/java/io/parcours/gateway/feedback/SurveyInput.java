package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SurveyInput")
@Description("A survey's content; feedback-service validates it and names the field and rule of any error.")
public record SurveyInput(
        @NonNull @Description("Title, 1–200 characters.") String title,
        @Description("What it measures (default CUSTOM).") SurveyKind kind,
        @Description("Locale of the labels when the respondent's is missing (default en).") String defaultLocale,
        @Description("Accept responses from this time on.") OffsetDateTime opensAt,
        @Description("Accept responses until this time.") OffsetDateTime closesAt,
        @Description("Linked journey.") String journeyId,
        @Description("Linked stage.") String stageId,
        @Description("Linked touchpoint.") String touchpointId,
        @Description("Linked persona.") String personaId,
        @NonNull @Description("1–50 questions.") List<Question> questions) {
}
