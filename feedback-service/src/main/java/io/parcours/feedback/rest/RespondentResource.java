package io.parcours.feedback.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.parcours.feedback.graphql.FeedbackMapping;
import io.parcours.feedback.respondent.PageAnswers;
import io.parcours.feedback.respondent.PageSurvey;
import io.parcours.feedback.respondent.RespondentService;
import io.parcours.feedback.submission.SubmissionResult;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The hosted survey page's API, open to anyone holding a link (no account): the link's token in the path is the
 * capability. The gateway serves the page at /s/{token} and passes these calls on with the client's address.
 */
@Path("/api/v1/respond/{token}")
@Tag(name = "Respondents", description = "The hosted survey page: a signed link opens one survey and takes its answers")
public class RespondentResource {

    private final RespondentService respondents;
    private final FeedbackMapping mapping;

    public RespondentResource(RespondentService respondents, FeedbackMapping mapping) {
        this.respondents = respondents;
        this.mapping = mapping;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The survey behind a link", description = "Its latest published questions, the locales they "
            + "come in and the hidden fields the page reads from its URL; for a personal link whether it was answered.")
    @APIResponse(responseCode = "200", description = "The survey as the page shows it")
    @APIResponse(responseCode = "404", description = "LINK_INVALID: not a link of this platform (tampered, cut short)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "410", description = "LINK_EXPIRED, LINK_OFF (public link switched off) or "
            + "SURVEY_CLOSED", content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: too many requests from this address",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    public Uni<PageSurvey> open(@PathParam("token") String token, @Context HttpServerRequest request) {
        return respondents.open(token, clientAddress(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the survey behind a link", description = "A personal link gives one response: a "
            + "second submission stores nothing and answers 200 DUPLICATE with the first response's id. Through an "
            + "invitation's link, {\"partial\": true} stores the score clicked in the e-mail as the response; the "
            + "next submission completes that response (201, the same responseId), later ones are DUPLICATE.")
    @APIResponse(responseCode = "201", description = "Stored: status ACCEPTED and the new responseId")
    @APIResponse(responseCode = "200", description = "Answered before: status DUPLICATE and the stored responseId")
    @APIResponse(responseCode = "422", description = "An answer or hidden field that does not fit; each named",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: too many submissions through this link or from "
            + "this address", content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(implementation = Problems.class)))
    public Uni<RestResponse<SubmissionResult>> answer(@PathParam("token") String token, PageResponseBody body,
            @Context HttpServerRequest request) {
        PageAnswers answers = new PageAnswers(body.clientResponseId, body.locale, body.channel,
                body.answers == null ? List.of() : body.answers.stream().map(mapping::answer).toList(),
                body.hiddenFields, Boolean.TRUE.equals(body.partial), body.respondentRef, body.pageUrl);
        return respondents.answer(token, answers, clientAddress(request))
                .map(result -> result.status() == SubmissionResult.Status.ACCEPTED
                        ? RestResponse.status(RestResponse.Status.CREATED, result)
                        : RestResponse.ok(result));
    }

    /** The respondent's address: the forwarded one when a trusted proxy (the gateway) passed the call on. */
    static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
