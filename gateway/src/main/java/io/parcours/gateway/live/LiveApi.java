package io.parcours.gateway.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import io.parcours.common.error.ValidationException;
import io.parcours.gateway.forward.Forwarded;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * The public Subscription fields (their arguments and types come from feedback-service's SDL). They are served by
 * {@link LiveRoute} over graphql-transport-ws; these methods only answer other transports with a clear error.
 */
@GraphQLApi
public class LiveApi {

    @Subscription("feedbackReceived")
    @Description("Each response stored about the journey from now on, with its own scores and the journey's, stage's "
            + "and touchpoint's all-time scores after it. Over WebSocket (graphql-transport-ws) at /graphql, the token "
            + "in connection_init's payload as {\"Authorization\": \"Bearer …\"}. Role viewer or above.")
    public Multi<Forwarded> feedbackReceived() {
        return overWebSocketOnly();
    }

    @Subscription("alertRaised")
    @Description("Each alert raised in the caller's workspace from now on. Over WebSocket (graphql-transport-ws) at "
            + "/graphql. Role viewer or above.")
    public Multi<Forwarded> alertRaised() {
        return overWebSocketOnly();
    }

    private static Multi<Forwarded> overWebSocketOnly() {
        return Multi.createFrom().failure(ValidationException.of("subscription",
                "is served over WebSocket with the graphql-transport-ws protocol at /graphql"));
    }
}
