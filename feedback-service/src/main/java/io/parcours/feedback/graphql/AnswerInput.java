package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("AnswerInput")
@Description("The answer to one question: a score, option ids or a text, as the question's type asks.")
public class AnswerInput {

    @NonNull
    @Description("The question's id.")
    public String questionId;

    @Description("NPS, CSAT, CES and RATING questions: an integer in the question's range.")
    public Integer score;

    @Description("Choice questions: the chosen option ids (exactly one for SINGLE_CHOICE).")
    public List<@NonNull String> optionIds;

    @Description("TEXT questions: the text, up to the question's maxLength.")
    public String text;
}
