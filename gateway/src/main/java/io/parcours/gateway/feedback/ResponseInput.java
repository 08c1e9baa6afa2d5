package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ResponseInput")
@Description("One respondent's answers to one survey version; validated against that version.")
public record ResponseInput(
        @Description("The survey.") String surveyId,
        @Description("The version answered (default: the latest published).") Integer surveyVersion,
        @Description("Client-generated id: a retry with the same id is stored once.") String clientResponseId,
        @Description("Pseudonymous respondent reference.") String respondentRef,
        @Description("Channel the response came from.") ResponseChannel channel,
        @Description("Respondent's locale.") String locale,
        @Description("When the respondent submitted (client clock).") OffsetDateTime submittedAt,
        @Description("Answers, at most one per question.") List<AnswerInput> answers) {

    @Input("AnswerInput")
    @Description("The answer to one question: a score, options or a text, by question type.")
    public record AnswerInput(
            @Description("The question's id.") String questionId,
            @Description("NPS, CSAT, CES, RATING: the score.") Integer score,
            @Description("SINGLE_CHOICE (one) / MULTIPLE_CHOICE: chosen option ids.") List<String> optionIds,
            @Description("TEXT: the answer.") String text) {
    }
}
