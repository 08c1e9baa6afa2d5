package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.gateway.forward.Forwarded;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Webhook endpoints and their deliveries, served by feedback-service (role admin). */
@GraphQLApi
public class WebhookApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public WebhookApi(Forwarding forward, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("webhookEndpoints")
    @Description("The workspace's webhook endpoints, with their signing secrets (role admin).")
    public Uni<Forwarded> webhookEndpoints() {
        return forward.read(subgraph);
    }

    @Query("webhookDeliveries")
    @Description("Webhook deliveries, newest first, by endpoint and state; the dead letters are state DEAD (role admin).")
    public Uni<Forwarded> webhookDeliveries() {
        return forward.read(subgraph);
    }

    @Mutation("createWebhookEndpoint")
    @Description("Adds a webhook endpoint: URL, events, secret (generated when omitted) (role admin).")
    public Uni<Forwarded> createWebhookEndpoint() {
        return forward.write(subgraph);
    }

    @Mutation("updateWebhookEndpoint")
    @Description("Replaces a webhook endpoint's settings (role admin). CONFLICT when expectedRevision is stale.")
    public Uni<Forwarded> updateWebhookEndpoint() {
        return forward.write(subgraph);
    }

    @Mutation("deleteWebhookEndpoint")
    @Description("Deletes a webhook endpoint; its queued deliveries become DEAD (role admin).")
    public Uni<Forwarded> deleteWebhookEndpoint() {
        return forward.write(subgraph);
    }

    @Mutation("replayWebhookDelivery")
    @Description("Queues a DEAD delivery again with a fresh 24 hours of retries (role admin).")
    public Uni<Forwarded> replayWebhookDelivery() {
        return forward.write(subgraph);
    }
}
