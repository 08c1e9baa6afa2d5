package io.parcours.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is authenticated but its role does not allow the operation. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(message);
    }
}
