package io.parcours.gateway.subgraph;

import java.util.List;

import io.parcours.common.error.ApiException;
import io.parcours.common.error.ConflictException;
import io.parcours.common.error.ForbiddenException;
import io.parcours.common.error.NotFoundException;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;

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

    static ApiException of(GraphQLClientException failure) {
        List<GraphQLError> errors = failure.getErrors();
        GraphQLError first = errors == null || errors.isEmpty() ? null : errors.get(0);
        String message = first == null ? failure.getMessage() : first.getMessage();
        Object code = first == null || first.getExtensions() == null ? null : first.getExtensions().get("code");
        return switch (String.valueOf(code)) {
            case "NOT_FOUND" -> new NotFoundException(message);
            case "CONFLICT" -> new ConflictException(message);
            case "FORBIDDEN" -> new ForbiddenException(message);
            case "VALIDATION" -> new Validation(message);
            default -> new BadRequest(message);
        };
    }
}
