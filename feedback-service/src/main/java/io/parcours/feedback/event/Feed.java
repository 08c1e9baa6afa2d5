package io.parcours.feedback.event;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.conversions.Bson;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

import io.parcours.feedback.mongo.NewDocuments;
import io.quarkus.mongodb.ChangeStreamOptions;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
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

    /** Events stored at or after {@code from}, oldest first (the polling fallback; at most 5,000 a poll). */
    Uni<List<FeedEvent>> since(Instant from) {
        return events.find(Filters.gte("at", Date.from(from)), new FindOptions().sort(Sorts.ascending("at")).limit(5_000))
                .collect().asList();
    }

    /** Inserts into the feed as they happen (a change stream: only stores that offer them). */
    Multi<ChangeStreamDocument<FeedEvent>> changes(List<Bson> pipeline, BsonDocument resumeAfter) {
        ChangeStreamOptions options = new ChangeStreamOptions();
        if (resumeAfter != null) {
            options.resumeAfter(resumeAfter);
        }
        return events.watch(pipeline, FeedEvent.class, options);
    }

    /** Drops events older than the retention: subscribers only ever get new ones. */
    Uni<Void> prune(Instant before) {
        return events.deleteMany(Filters.lt("at", Date.from(before))).replaceWithVoid();
    }

    public Uni<Void> eraseRespondent(String workspaceId, String respondentRef) {
        return events.updateMany(Filters.and(Filters.eq("workspaceId", workspaceId),
                Filters.eq("data.respondentRef", respondentRef)), Updates.set("data.respondentRef", null)).replaceWithVoid();
    }

    public Uni<Void> publish(List<FeedEvent> published) {
        return NewDocuments.insert(events, published);
    }
}
