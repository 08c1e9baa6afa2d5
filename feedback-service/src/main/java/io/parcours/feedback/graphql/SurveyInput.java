package io.parcours.feedback.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.survey.Question;
import io.parcours.feedback.survey.SurveyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Name("SurveyInput")
@Description("A whole survey as the client wants it. On update it replaces every field of the draft.")
public class SurveyInput {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @NonNull
    @NotBlank
    @Size(min = 1, max = 200)
    @Description("Title, 1–200 characters.")
    public String title;

    @DefaultValue("CUSTOM")
    @Description("What it measures; CUSTOM when omitted.")
    public SurveyKind kind;

    @Description("Responses are accepted from this instant on (optional).")
    public OffsetDateTime opensAt;

    @Description("Responses are accepted until this instant, exclusive (optional).")
    public OffsetDateTime closesAt;

    @Pattern(regexp = UUID, message = "must be a journey id (UUID)")
    @Description("The journey (of touchpoint-service) it is about.")
    @Id
    public String journeyId;

    @Pattern(regexp = UUID, message = "must be a stage id (UUID)")
    @Description("The stage it is about.")
    @Id
    public String stageId;

    @Pattern(regexp = UUID, message = "must be a touchpoint id (UUID)")
    @Description("The touchpoint it is about.")
    @Id
    public String touchpointId;

    @Pattern(regexp = UUID, message = "must be a persona id (UUID)")
    @Description("The persona (of persona-service) it targets.")
    @Id
    public String personaId;

    @DefaultValue("en")
    @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a locale like en or fr-FR")
    @Description("Locale every question must have a label in; en when omitted.")
    public String defaultLocale;

    @NonNull
    @NotNull
    @Size(min = 1, max = 50)
    @Valid
    @Description("1–50 questions, in order.")
    public List<@NotNull @Valid Question> questions;

    @Size(max = 10)
    @Description("Up to 10 hidden fields: names of the link's URL parameters (e.g. order for ?order=A-1042) that the "
            + "hosted survey page stores with each response. 1–40 letters, digits or _, starting with a letter.")
    public List<@NotNull @Pattern(regexp = HIDDEN_FIELD, message = "must be 1–40 letters, digits or _, starting with a "
            + "letter") String> hiddenFields;

    @Min(1)
    @Max(60)
    @Description("Invitations: days after which one reminder goes to a contact who has not answered (1–60); none when "
            + "omitted.")
    public Integer reminderAfterDays;

    static final String HIDDEN_FIELD = "^[a-zA-Z][a-zA-Z0-9_]{0,39}$";
}
