package io.parcours.common.error;

import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * Base of the errors a client can act on. Checked (through GraphQLException) so that
 * SmallRye GraphQL shows the message instead of hiding it as a system error; each subclass
 * carries {@code @ErrorCode}, which becomes {@code extensions.code}.
 */
public abstract class ApiException extends GraphQLException {

    protected ApiException(String message) {
        super(message);
    }
}
