package io.parcours.feedback.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.parcours.feedback.graphql.FeedbackMapping;
import io.parcours.feedback.graphql.ResponseInput;
import io.parcours.feedback.submission.ResponseService;
import io.parcours.feedback.submission.SubmissionResult;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The mobile apps' way in: one response per POST, retried safely with the same clientResponseId. */
@Path("/api/v1/surveys/{surveyId}/responses")
@Tag(name = "Responses", description = "Survey responses from mobile apps and web sites (role collector)")
public class ResponseResource {

    private final ResponseService responses;
    private final FeedbackMapping mapping;

    public ResponseResource(ResponseService responses, FeedbackMapping mapping) {
        this.responses = responses;
        this.mapping = mapping;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one response",
            description = "The body is a ResponseInput without surveyId (the path's). Required: clientResponseId (1–100 "
                    + "characters), submittedAt (when the respondent submitted, on the device's clock; at most 5 "
                    + "minutes ahead of the server) and answers (1–50, one per question). Retrying with the same "
                    + "clientResponseId stores nothing new and answers 200 with status DUPLICATE and the original "
                    + "responseId.")
    @APIResponse(responseCode = "201", description = "Stored: status ACCEPTED and the new responseId")
    @APIResponse(responseCode = "200", description = "Already stored: status DUPLICATE and the original responseId")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object (empty, null, truncated, another "
            + "format, a byte order mark)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "403", description = "The token's role may not submit responses",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "404", description = "No such survey in the token's workspace",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "413", description = "The body is over 1 MiB",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "422", description = "A value does not fit its field (a fractional or string score, "
            + "a number out of range, a list that is not one, an unknown field) or the survey version does not accept "
            + "the response; violations name each field and rule. Nothing is stored.",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    public Uni<RestResponse<SubmissionResult>> submit(
            @Parameter(description = "The survey answered") @PathParam("surveyId") String surveyId, ResponseInput body) {
        body.surveyId = surveyId; // never null: RestRequestGuard refuses an empty body or null
        return responses.submit(mapping.submission(body)).map(result -> result.status() == SubmissionResult.Status.ACCEPTED
                ? RestResponse.status(RestResponse.Status.CREATED, result)
                : RestResponse.ok(result));
    }
}
