package io.parcours.feedback.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.parcours.feedback.graphql.AnswerInput;
import io.parcours.feedback.response.ResponseChannel;

/** The hosted survey page's submission body. */
@Schema(name = "PageResponse", description = "Answers given on the hosted survey page")
public class PageResponseBody {

    @Schema(description = "Public links: the page's own id for this response (8–100 letters, digits, - or _); a "
            + "retry with it stores nothing new. Ignored for a personal link, which gives one response.")
    public String clientResponseId;

    @Schema(description = "The locale the respondent answered in, e.g. fr")
    public String locale;

    @Schema(description = "How the respondent came: EMAIL, SMS, WEB, KIOSK, IN_PERSON…; OTHER when omitted")
    public ResponseChannel channel;

    @Schema(description = "The answers, 1–50, at most one per question", required = true)
    public List<AnswerInput> answers;

    @Schema(description = "The survey's hidden fields read from the link's URL, e.g. {\"order\": \"A-1042\"}")
    public Map<String, String> hiddenFields;

    @Schema(description = "The website widget: the address of the page the survey was answered on (http or https, at "
            + "most 2,000 characters)")
    public String pageUrl;

    @Schema(description = "Public links: the visitor's reference when the site knows them (1–200 characters), stored "
            + "as the response's respondentRef. A personal link names its respondent itself.")
    public String respondentRef;

    @Schema(description = "An invitation's link only: true sends the score clicked in the e-mail alone (required "
            + "questions may stay unanswered); it is the response already, and the page's later submission without "
            + "partial completes it")
    public Boolean partial;
}
