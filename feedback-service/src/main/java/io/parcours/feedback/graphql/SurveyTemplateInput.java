package io.parcours.feedback.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

import io.parcours.feedback.survey.SurveyKind;
import io.parcours.feedback.survey.SurveyTemplates;

@Name("SurveyTemplateInput")
@Description("Title, dates and links of a survey made from a template; every field is optional.")
public class SurveyTemplateInput {

    @Description("Title, 1–200 characters; \"<KIND> survey\" when omitted.")
    public String title;
    @Description("Responses are accepted from this instant on.")
    public OffsetDateTime opensAt;
    @Description("Responses are accepted until this instant (exclusive).")
    public OffsetDateTime closesAt;
    @Description("The journey it is about.")
    @Id
    public String journeyId;
    @Description("The stage it is about.")
    @Id
    public String stageId;
    @Description("The touchpoint it is about.")
    @Id
    public String touchpointId;
    @Description("The persona it targets.")
    @Id
    public String personaId;

    /** The whole survey input the template stands for, checked like any other. */
    SurveyInput asSurveyInput(SurveyKind kind) {
        SurveyInput input = new SurveyInput();
        input.title = title == null ? kind + " survey" : title;
        input.kind = kind;
        input.questions = SurveyTemplates.questions(kind);
        input.opensAt = opensAt;
        input.closesAt = closesAt;
        input.journeyId = journeyId;
        input.stageId = stageId;
        input.touchpointId = touchpointId;
        input.personaId = personaId;
        return input;
    }
}
