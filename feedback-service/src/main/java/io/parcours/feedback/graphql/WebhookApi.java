package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.validation.InputValidator;
import io.parcours.feedback.webhook.DeliveryState;
import io.parcours.feedback.webhook.WebhookService;
import io.smallrye.mutiny.Uni;

/** Webhook endpoints and their deliveries (role admin): thin mapping to {@link WebhookService}. */
@GraphQLApi
public class WebhookApi {

    private final WebhookService webhooks;
    private final InputValidator validator;

    public WebhookApi(WebhookService webhooks, InputValidator validator) {
        this.webhooks = webhooks;
        this.validator = validator;
    }

    @Query("webhookEndpoints")
    @Description("The webhook endpoints of the caller's workspace, oldest first (role admin; at most 20).")
    public Uni<@NonNull List<@NonNull WebhookEndpointView>> webhookEndpoints() {
        return webhooks.list().map(list -> list.stream().map(WebhookEndpointView::of).toList());
    }

    @Mutation("createWebhookEndpoint")
    @Description("Adds an endpoint (role admin); events from then on are queued for it.")
    public Uni<@NonNull WebhookEndpointView> createWebhookEndpoint(@NonNull WebhookEndpointInput input) {
        return webhooks.create(validator.checked("input", input, WebhookEndpointInput::details)).map(WebhookEndpointView::of);
    }

    @Mutation("updateWebhookEndpoint")
    @Description("Replaces the endpoint's settings if it is still at expectedRevision (otherwise CONFLICT). "
            + "Role admin.")
    public Uni<@NonNull WebhookEndpointView> updateWebhookEndpoint(@NonNull @Id String id,
            @NonNull WebhookEndpointInput input, int expectedRevision) {
        return webhooks.update(id, validator.checked("input", input, WebhookEndpointInput::details), expectedRevision)
                .map(WebhookEndpointView::of);
    }

    @Mutation("deleteWebhookEndpoint")
    @Description("Deletes the endpoint (role admin); its queued deliveries become DEAD. True when deleted.")
    public Uni<@NonNull Boolean> deleteWebhookEndpoint(@NonNull @Id String id) {
        return webhooks.delete(id);
    }

    @Query("webhookDeliveries")
    @Description("Deliveries of the caller's workspace, newest first (role admin): the dead letters with state DEAD.")
    public Uni<@NonNull WebhookDeliveryConnection> webhookDeliveries(
            @Id @Description("Only deliveries to this endpoint.") String endpointId,
            @Description("Only deliveries in this state.") DeliveryState state,
            @DefaultValue("20") @Description("Page size, 1–100.") Integer first,
            @Description("Cursor of the edge to continue after.") String after) {
        return webhooks.deliveries(endpointId, state, first, after).map(WebhookDeliveryConnection::of);
    }

    @Mutation("replayWebhookDelivery")
    @Description("Queues a DEAD delivery again, with a fresh 24 hours of retries (role admin).")
    public Uni<@NonNull WebhookDeliveryView> replayWebhookDelivery(@NonNull @Id String id) {
        return webhooks.replay(id).map(WebhookDeliveryView::of);
    }
}
