package io.parcours.persona.photo;

import java.util.Map;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.parcours.common.error.ForbiddenException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.http.ProblemAnswers;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Persona photos over HTTP (the web app reaches them through the gateway): PUT the image's bytes as they are, with
 * their Content-Type; GET a photo by the address the upload put in the persona's avatarUrl. Refusals are RFC 9457
 * problems naming the field {@code photo} and the rule, as the GraphQL errors name theirs.
 */
@Path("/api/v1")
public class PhotoResource {

    /** A photo's address is its content's hash: what is served there never changes. */
    private static final String FOREVER = "public, max-age=31536000, immutable";

    private final PersonaPhotos photos;

    public PhotoResource(PersonaPhotos photos) {
        this.photos = photos;
    }

    @PUT
    @Path("/personas/{id}/photo")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> upload(@PathParam("id") String id, @HeaderParam("Content-Type") String contentType,
            byte[] body) {
        return photos.replace(id, contentType, body).map(persona -> Map.of("personaId", persona.id.toString(),
                "avatarUrl", persona.avatarUrl, "version", persona.version));
    }

    @GET
    @Path("/persona-photos/{sha256}")
    public Uni<RestResponse<byte[]>> photo(@PathParam("sha256") String sha256,
            @HeaderParam("If-None-Match") String seen) {
        String etag = '"' + sha256 + '"';
        if (!PersonaPhotos.isAddress(sha256)) {
            return Uni.createFrom().failure(new NotFoundException("No photo at this address"));
        }
        if (etag.equals(seen)) {
            return Uni.createFrom().item(RestResponse.ResponseBuilder.<byte[]>notModified()
                    .header("ETag", etag).header("Cache-Control", FOREVER).build());
        }
        return photos.find(sha256).onItem().ifNull().failWith(() -> new NotFoundException("No photo at this address"))
                .map(photo -> RestResponse.ResponseBuilder.ok(photo.bytes(), photo.contentType()).header("ETag", etag)
                        .header("Cache-Control", FOREVER).header("X-Content-Type-Options", "nosniff").build());
    }

    @ServerExceptionMapper
    public RestResponse<String> refused(PhotoRefusal e) {
        return problem(e.status, "VALIDATION", "photo " + e.getMessage(), "photo", e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<String> notFound(NotFoundException e) {
        return problem(404, "NOT_FOUND", e.getMessage(), null, null);
    }

    @ServerExceptionMapper
    public RestResponse<String> forbidden(ForbiddenException e) {
        return problem(403, "FORBIDDEN", e.getMessage(), null, null);
    }

    private static RestResponse<String> problem(int status, String code, String detail, String field, String rule) {
        JsonObject body = new JsonObject().put("type", "about:blank").put("status", status).put("code", code)
                .put("detail", detail);
        if (field != null) {
            body.put("violations", new JsonArray().add(new JsonObject().put("field", field).put("rule", rule)));
        }
        return RestResponse.ResponseBuilder.<String>create(status).entity(body.encode()).type(ProblemAnswers.MEDIA_TYPE)
                .build();
    }
}
