package io.parcours.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The write lost a race: the object changed since the caller read it. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message);
    }
}
