package io.parcours.feedback.rest;

import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.parcours.common.error.ConflictException;
import io.parcours.common.error.ForbiddenException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;

/** The REST side of the errors GraphQL reports in extensions.code: the same codes, with HTTP statuses. */
public class ErrorMappers {

    /** JSON body of every REST error. */
    public record ErrorBody(String code, String message, List<ValidationException.Violation> violations) {
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> invalid(ValidationException e) {
        return RestResponse.ResponseBuilder.<ErrorBody>create(422).entity(new ErrorBody("VALIDATION", e.getMessage(), e.violations())).build();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> notFound(NotFoundException e) {
        return RestResponse.status(RestResponse.Status.NOT_FOUND, new ErrorBody("NOT_FOUND", e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> forbidden(ForbiddenException e) {
        return RestResponse.status(RestResponse.Status.FORBIDDEN, new ErrorBody("FORBIDDEN", e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> conflict(ConflictException e) {
        return RestResponse.status(RestResponse.Status.CONFLICT, new ErrorBody("CONFLICT", e.getMessage(), List.of()));
    }
}
