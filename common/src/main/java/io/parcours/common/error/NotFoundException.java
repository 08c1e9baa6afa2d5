package io.parcours.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The requested object does not exist in the caller's workspace. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message);
    }
}
