package io.parcours.feedback.widget;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.ReplaceOptions;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Each workspace's widget origins in MongoDB: one document per workspace, keyed by its id. */
@ApplicationScoped
class WidgetOriginStore {

    private final ReactiveMongoCollection<Document> settings;

    WidgetOriginStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.settings = client.getDatabase(database).getCollection("widget_origins");
    }

    Uni<List<String>> of(String workspaceId) {
        return settings.find(eq("_id", workspaceId)).collect().first()
                .map(found -> found == null ? List.of() : found.getList("origins", String.class));
    }

    Uni<Void> replace(String workspaceId, List<String> origins) {
        Document document = new Document("_id", workspaceId).append("origins", origins)
                .append("updatedAt", Instant.now());
        return settings.replaceOne(eq("_id", workspaceId), document, new ReplaceOptions().upsert(true)).replaceWithVoid();
    }
}
