package io.parcours.feedback.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.response.ResponseChannel;

@Name("ResponseInput")
@Description("One respondent's answers to one survey version.")
// The wire shape of both adapters: the REST body is this without surveyId.
public class ResponseInput {

    @NonNull
    @Id
    @Description("The survey answered (over REST: the path's).")
    public String surveyId;

    @Description("The version the respondent saw; the latest published one when omitted (apps that cached an older "
            + "version send it).")
    public Integer surveyVersion;

    @NonNull
    @Description("Client-generated id, 1–100 characters, unique per survey: a retried submission is stored once.")
    public String clientResponseId;

    @Description("Pseudonymous respondent reference, up to 200 characters (never a name or an e-mail address); "
            + "what eraseRespondent deletes by.")
    public String respondentRef;

    @Description("Where the response was given; OTHER when omitted.")
    public ResponseChannel channel;

    @Description("Locale the respondent used, e.g. fr-FR; the survey's default locale when omitted.")
    public String locale;

    @NonNull
    @Description("When the respondent submitted it (client clock); at most 5 minutes ahead of the server.")
    public OffsetDateTime submittedAt;

    @NonNull
    @Description("The answers, 1–50, at most one per question.")
    public List<@NonNull AnswerInput> answers;
}
