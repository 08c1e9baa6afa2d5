package io.parcours.gateway.subgraph;

import io.parcours.common.error.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** A subgraph did not answer in time, refused the connection, failed, or its circuit is open. */
@ErrorCode("SUBGRAPH_UNAVAILABLE")
public class SubgraphUnavailableException extends ApiException {

    public SubgraphUnavailableException(String subgraph) {
        super(subgraph + " is unavailable; the fields it serves are null. Try again shortly.");
    }
}
