package io.parcours.feedback.rest;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.parcours.common.error.ConflictException;
import io.parcours.common.error.ForbiddenException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.StoreOutage;
import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.parcours.common.graphql.ErrorReferences;
import io.parcours.feedback.respondent.LinkRefusal;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * The REST side of the errors GraphQL reports in extensions.code: the same codes, with HTTP statuses, each an RFC 9457
 * problem. A body that is not JSON is 400; JSON whose values do not fit the fields (a wrong type, a number out of
 * range, an unknown field) is 422 naming the field, as the survey's own rules are. Fields are named as the body has
 * them ({@code answers[0].score}): the body is the response itself, not GraphQL's {@code input} argument.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final String GRAPHQL_ARGUMENT = "input";
    private static final String BODY = "(body)";

    @ServerExceptionMapper
    public RestResponse<Problems> invalid(ValidationException e) {
        List<Violation> violations = e.violations().stream()
                .map(violation -> new Violation(bodyField(violation.field()), violation.rule())).toList();
        return problem(422, "Unprocessable response", "VALIDATION", "Invalid response: " + violations.stream()
                .map(violation -> violation.field() + " " + violation.rule()).collect(Collectors.joining("; ")),
                violations);
    }

    /** A field as the REST body names it: GraphQL's {@code input.answers[0]} is the body's {@code answers[0]}. */
    static String bodyField(String inputField) {
        if (inputField.equals(GRAPHQL_ARGUMENT)) {
            return BODY;
        }
        return inputField.startsWith(GRAPHQL_ARGUMENT + ".") ? inputField.substring(GRAPHQL_ARGUMENT.length() + 1)
                : inputField;
    }

    @ServerExceptionMapper
    public RestResponse<Problems> notFound(NotFoundException e) {
        return problem(404, "Not found", "NOT_FOUND", e.getMessage(), List.of());
    }

    /** The hosted page shows each link refusal in the respondent's language, by its code. */
    @ServerExceptionMapper
    public RestResponse<Problems> linkRefused(LinkRefusal e) {
        LinkRefusal.Reason reason = e.reason();
        var answer = RestResponse.ResponseBuilder.<Problems>create(reason.status)
                .entity(Problems.of(reason.status, reason.name(), reason.name(), reason.message, List.of()))
                .type(Problems.MEDIA_TYPE);
        if (reason == LinkRefusal.Reason.RATE_LIMITED) {
            answer.header("Retry-After", 60);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problems> forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "FORBIDDEN", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problems> conflict(ConflictException e) {
        return problem(409, "Conflict", "CONFLICT", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problems> notJson(NotSupportedException e) {
        return problem(415, "Unsupported media type", "BAD_REQUEST", "Content-Type must be application/json",
                List.of());
    }

    // Quarkus REST has a mapper of its own for this type (an empty 400); ours is as specific and comes first. It
    // covers its subclasses (unknown fields, values of the wrong format) too.
    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problems> mismatched(MismatchedInputException e) {
        return fromJackson(e);
    }

    /**
     * Anything else is a bug of ours: logged with a reference that the answer carries, as on GraphQL; but a store that
     * cannot be reached is a 503 with Retry-After, which clients retry.
     */
    @ServerExceptionMapper(priority = 10_000)
    public RestResponse<Problems> unexpected(RuntimeException e) {
        if (StoreOutage.causedBy(e)) {
            LOG.warnf("Store unreachable: %s", StoreOutage.cause(e));
            return RestResponse.ResponseBuilder.<Problems>create(503)
                    .entity(Problems.of(503, "Service unavailable", "UNAVAILABLE", StoreOutage.MESSAGE, List.of()))
                    .type(Problems.MEDIA_TYPE).header("Retry-After", StoreOutage.RETRY_AFTER_SECONDS).build();
        }
        String reference = ErrorReferences.newReference();
        LOG.errorf(e, "Unexpected error %s", reference);
        return problem(500, "Internal server error", "INTERNAL",
                "Unexpected error; it was logged with reference " + reference, List.of());
    }

    /** The JSON reader wraps some parse failures in a bare 400; unwrapped here so that they say what is wrong. */
    @ServerExceptionMapper(priority = 1)
    public Response wrapped(WebApplicationException e) {
        return e.getCause() instanceof JacksonException jackson ? fromJackson(jackson).toResponse() : e.getResponse();
    }

    private RestResponse<Problems> fromJackson(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException coercion) {
                return outOfRange(coercion);
            }
        }
        return e instanceof JsonMappingException mapping ? unfit(mapping) : unreadable(e);
    }

    /** Values that do not fit the body's fields: which field, and what it must be. */
    private RestResponse<Problems> unfit(JsonMappingException e) {
        String field = field(e);
        String rule;
        if (e instanceof UnrecognizedPropertyException unknown) {
            rule = "is not a field of " + kind(unknown.getReferringClass()) + "; its fields are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            rule = "must be " + expected(mismatch.getTargetType());
        } else {
            rule = "has a value of the wrong type";
        }
        return problem(422, "Unprocessable response", "VALIDATION", field + " " + rule,
                List.of(new Violation(field, rule)));
    }

    /** A number too large for its field, met while parsing: the parser's position names the field. */
    private RestResponse<Problems> outOfRange(InputCoercionException e) {
        JsonParser parser = e.getProcessor();
        String field = parser == null ? BODY : field(parser.getParsingContext().pathAsPointer());
        String rule = "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        return problem(422, "Unprocessable response", "VALIDATION", field + " " + rule,
                List.of(new Violation(field, rule)));
    }

    private static String field(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
            path.append(step.mayMatchElement() ? "[" + step.getMatchingIndex() + "]"
                    : (path.isEmpty() ? "" : ".") + step.getMatchingProperty());
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /** Not JSON at all: truncated, or another format. */
    private RestResponse<Problems> unreadable(JacksonException e) {
        String where = e.getLocation() == null ? "" : " (at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        String detail = e instanceof StreamReadException ? "The body is not valid JSON" + where
                : "The body could not be read as a response";
        return problem(400, "Bad request", "BAD_REQUEST", detail, List.of(new Violation(BODY, "must be a JSON object")));
    }

    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number (JSON number without fraction, not a string)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == java.time.OffsetDateTime.class) {
            return "an ISO 8601 date-time with an offset, e.g. 2026-03-01T09:30:00Z";
        }
        return "an object";
    }

    private static String kind(Class<?> type) {
        return type == null ? "the body" : type.getSimpleName().replace("Input", "").toLowerCase() + " input";
    }

    private static RestResponse<Problems> problem(int status, String title, String code, String detail,
            List<Violation> violations) {
        return RestResponse.ResponseBuilder.<Problems>create(status)
                .entity(Problems.of(status, title, code, detail, violations)).type(Problems.MEDIA_TYPE).build();
    }
}
