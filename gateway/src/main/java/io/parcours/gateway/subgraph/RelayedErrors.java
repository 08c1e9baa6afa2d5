package io.parcours.gateway.subgraph;

import java.util.List;
import java.util.Map;

import io.parcours.common.error.ApiException;
import io.parcours.common.error.ConflictException;
import io.parcours.common.error.ForbiddenException;
import io.parcours.common.error.NotFoundException;
import io.smallrye.graphql.api.ErrorCode;

/** Turns a subgraph's GraphQL errors into the gateway's, keeping the subgraph's message and code. */
final class RelayedErrors {

    private RelayedErrors() {
    }

    /** A rule the subgraph enforces was broken; its message names the field and the rule. */
    @ErrorCode("VALIDATION")
    static class Validation extends ApiException {
        Validation(String message) {
            super(message);
        }
    }

    /** The subgraph refused the request itself (e.g. too large a batch). */
    @ErrorCode("BAD_REQUEST")
    static class BadRequest extends ApiException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** A subgraph refused the caller's token (HTTP 401). */
    @ErrorCode("UNAUTHENTICATED")
    static class Unauthenticated extends ApiException {
        Unauthenticated(String message) {
            super(message);
        }
    }

    /** The first of a subgraph's errors (as JSON), its code and message kept. */
    static ApiException of(List<?> errors) {
        Map<?, ?> first = errors.get(0) instanceof Map<?, ?> error ? error : Map.of();
        String message = String.valueOf(first.get("message"));
        Object code = first.get("extensions") instanceof Map<?, ?> extensions ? extensions.get("code") : null;
        return switch (String.valueOf(code)) {
            case "NOT_FOUND" -> new NotFoundException(message);
            case "CONFLICT" -> new ConflictException(message);
            case "FORBIDDEN" -> new ForbiddenException(message);
            case "VALIDATION" -> new Validation(message);
            default -> new BadRequest(message);
        };
    }
}
