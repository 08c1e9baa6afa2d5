package io.parcours.feedback.webhook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Webhook endpoints in MongoDB; every query of a caller carries the workspace. */
@ApplicationScoped
public class WebhookEndpointStore {

    private final ReactiveMongoCollection<WebhookEndpoint> endpoints;

    public WebhookEndpointStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.endpoints = client.getDatabase(database).getCollection("webhook_endpoints", WebhookEndpoint.class);
    }

    void createIndexes(@Observes StartupEvent started) {
        endpoints.createIndex(Indexes.ascending("workspaceId", "createdAt")).await().indefinitely();
    }

    Uni<Void> insert(WebhookEndpoint endpoint) {
        return endpoints.insertOne(endpoint).replaceWithVoid();
    }

    /** The endpoint replaced if still at {@code expectedRevision}; null if it is not (or not here). */
    Uni<WebhookEndpoint> replace(WebhookEndpoint endpoint, int expectedRevision) {
        return endpoints.findOneAndReplace(and(eq("_id", endpoint.id()), eq("workspaceId", endpoint.workspaceId()),
                eq("revision", expectedRevision)), endpoint, new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER));
    }

    Uni<WebhookEndpoint> find(String workspaceId, String id) {
        return endpoints.find(eq("_id", id)).filter(endpoint -> workspaceId.equals(endpoint.workspaceId())).collect().first();
    }

    Uni<Boolean> delete(String workspaceId, String id) {
        return endpoints.deleteOne(and(eq("_id", id), eq("workspaceId", workspaceId))).map(deleted -> deleted.getDeletedCount() > 0);
    }

    Uni<List<WebhookEndpoint>> ofWorkspace(String workspaceId) {
        return endpoints.find(eq("workspaceId", workspaceId), new FindOptions().sort(Sorts.ascending("createdAt", "_id")))
                .collect().asList();
    }

    Uni<Long> count(String workspaceId) {
        return endpoints.countDocuments(eq("workspaceId", workspaceId));
    }

    /** The enabled endpoints of these workspaces (the event worker). */
    Uni<List<WebhookEndpoint>> enabledIn(Collection<String> workspaceIds) {
        return endpoints.find(and(in("workspaceId", workspaceIds), eq("enabled", true))).collect().asList();
    }

    /** Endpoints by id, of any workspace (the delivery worker). */
    Uni<List<WebhookEndpoint>> withIds(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : endpoints.find(in("_id", ids)).collect().asList();
    }
}
