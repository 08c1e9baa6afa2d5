package io.parcours.feedback.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.parcours.feedback.respondent.RespondentService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * A contact's one-click way out of invitations, from the link in every invitation e-mail (the page at /u/{token}) or
 * from the mail client itself (the List-Unsubscribe-Post header, RFC 8058). No account: the signed link says who.
 */
@Path("/api/v1/unsubscribe/{token}")
@Tag(name = "Respondents")
public class UnsubscribeResource {

    private final RespondentService respondents;

    public UnsubscribeResource(RespondentService respondents) {
        this.respondents = respondents;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unsubscribe from invitations", description = "Any body (mail clients send "
            + "List-Unsubscribe=One-Click) up to 1 KiB. Repeating it is harmless.")
    @APIResponse(responseCode = "200", description = "Unsubscribed: no invitation or reminder follows")
    @APIResponse(responseCode = "404", description = "LINK_INVALID: not an unsubscribe link of this platform",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    public Uni<Map<String, Boolean>> unsubscribe(@PathParam("token") String token, @Context HttpServerRequest request) {
        return respondents.unsubscribe(token, RespondentResource.clientAddress(request))
                .map(done -> Map.of("unsubscribed", done));
    }
}
