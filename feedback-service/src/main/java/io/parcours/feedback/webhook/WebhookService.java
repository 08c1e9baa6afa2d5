package io.parcours.feedback.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.parcours.common.error.ConflictException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.paging.PageRequest;
import io.parcours.common.security.Caller;
import io.parcours.common.security.Role;
import io.parcours.common.validation.CheckedInput;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Webhook endpoints of the caller's workspace: admins only (their secrets sign what the platform sends). */
@ApplicationScoped
public class WebhookService {

    /** Most endpoints one workspace holds: every event is queued once per endpoint. */
    public static final int MAX_ENDPOINTS = 20;

    private final WebhookEndpointStore store;
    private final WebhookUrls urls;
    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final Caller caller;

    public WebhookService(WebhookEndpointStore store, WebhookUrls urls, Deliveries deliveries, DeliveryWorker worker,
            Caller caller) {
        this.store = store;
        this.deliveries = deliveries;
        this.worker = worker;
        this.urls = urls;
        this.caller = caller;
    }

    Uni<String> adminWorkspace() {
        return caller.workspaceIfAnyRole(Role.ADMINS, "manage webhooks");
    }

    public Uni<List<WebhookEndpoint>> list() {
        return adminWorkspace().chain(store::ofWorkspace);
    }

    public Uni<WebhookEndpoint> find(String id) {
        return adminWorkspace().chain(workspace -> store.find(workspace, id));
    }

    /** A new endpoint; its secret is generated unless given. */
    public Uni<WebhookEndpoint> create(CheckedInput<WebhookEndpointDetails> input) {
        return adminWorkspace().chain(workspace -> checked(input)
                .call(details -> store.count(workspace).chain(count -> count < MAX_ENDPOINTS ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ValidationException.of("input",
                                "the workspace already has " + MAX_ENDPOINTS + " webhook endpoints, the most it may hold"))))
                .chain(details -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID().toString(), workspace, details.url(),
                            details.description(), details.events(),
                            details.secret() == null ? WebhookSignature.newSecret() : details.secret(), details.enabled(),
                            1, now, now);
                    return store.insert(endpoint).replaceWith(endpoint);
                }));
    }

    /** Replaces the endpoint's settings; its secret stays unless a new one is given. */
    public Uni<WebhookEndpoint> update(String id, CheckedInput<WebhookEndpointDetails> input, int expectedRevision) {
        return adminWorkspace().chain(workspace -> checked(input).chain(details -> existing(workspace, id)
                .chain(endpoint -> store.replace(new WebhookEndpoint(id, workspace, details.url(), details.description(),
                        details.events(), details.secret() == null ? endpoint.secret() : details.secret(), details.enabled(),
                        endpoint.revision() + 1, endpoint.createdAt(), Instant.now().truncatedTo(ChronoUnit.MILLIS)),
                        expectedRevision).onItem().ifNull().failWith(() -> new ConflictException("Webhook endpoint " + id
                                + " is at revision " + endpoint.revision() + ", not " + expectedRevision + ": read it again")))));
    }

    /** Deletes the endpoint; its queued deliveries are dropped when their turn comes. */
    public Uni<Boolean> delete(String id) {
        return adminWorkspace().chain(workspace -> store.delete(workspace, id)).chain(deleted -> deleted ? Uni.createFrom().item(true)
                        : Uni.createFrom().failure(new NotFoundException("No webhook endpoint with id " + id)));
    }

    /** Deliveries of the workspace, newest first, optionally of one endpoint and in one state. */
    public Uni<DeliveryPage> deliveries(String endpointId, DeliveryState state, Integer first, String after) {
        return PageRequest.of(first, after).chain(page -> adminWorkspace()
                .chain(workspace -> deliveries.page(workspace, endpointId, state, page.after(), page.size() + 1)
                        .chain(rows -> deliveries.count(workspace, endpointId, state).map(total -> new DeliveryPage(
                                rows.subList(0, Math.min(page.size(), rows.size())).stream().map(Delivery::of).toList(),
                                rows.size() > page.size(), total)))));
    }

    /** A DEAD delivery queued again, with a fresh 24 hours of retries; any other state is a CONFLICT. */
    public Uni<Delivery> replay(String id) {
        return adminWorkspace().chain(workspace -> deliveries.replay(workspace, id)
                .onItem().ifNull().switchTo(() -> deliveries.find(workspace, id).chain(found -> Uni.createFrom().failure(
                        found == null ? new NotFoundException("No webhook delivery with id " + id)
                                : new ConflictException("The delivery is " + found.getString("state")
                                        + "; only DEAD deliveries can be replayed")))))
                .invoke(worker::wake).map(Delivery::of);
    }

    Uni<WebhookEndpoint> existing(String workspace, String id) {
        return store.find(workspace, id).onItem().ifNull().failWith(() -> new NotFoundException("No webhook endpoint with id " + id));
    }

    private Uni<WebhookEndpointDetails> checked(CheckedInput<WebhookEndpointDetails> input) {
        return input.value().call(details -> {
            if (details.secret() != null && !WebhookSignature.isSecret(details.secret())) {
                return Uni.createFrom().failure(ValidationException.of("input.secret",
                        "must be whsec_ followed by the base64 of 24 to 64 random bytes"));
            }
            return urls.checked(details.url()).onFailure(WebhookUrls.RefusedUrl.class)
                    .transform(refused -> ValidationException.of("input.url", refused.getMessage()));
        });
    }
}
