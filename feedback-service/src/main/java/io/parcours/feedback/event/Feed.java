package io.parcours.feedback.event;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import io.parcours.feedback.mongo.NewDocuments;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The events of every workspace, in the store, for live subscribers on any replica. An event is stored once (its id
 * says what caused it), however often its cause is worked out again after a crash.
 */
@ApplicationScoped
public class Feed {

    private final ReactiveMongoCollection<FeedEvent> events;

    public Feed(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.events = client.getDatabase(database).getCollection("feedback_feed", FeedEvent.class);
    }

    void createIndexes(@Observes StartupEvent started) {
        events.createIndex(Indexes.ascending("at")).await().indefinitely();
    }

    Uni<Void> eraseRespondent(String workspaceId, String respondentRef) {
        return events.updateMany(Filters.and(Filters.eq("workspaceId", workspaceId),
                Filters.eq("data.respondentRef", respondentRef)), Updates.set("data.respondentRef", null)).replaceWithVoid();
    }

    Uni<Void> publish(List<FeedEvent> published) {
        return NewDocuments.insert(events, published);
    }
}
