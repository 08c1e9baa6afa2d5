package io.parcours.feedback;

import static com.mongodb.client.model.Filters.eq;

import java.util.Date;
import java.util.function.Supplier;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.model.ReplaceOptions;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Data kept in a new shape for what an earlier version stored: each migration runs once per store, at start, and is
 * marked done in the collection {@code migrations}. A migration must be safe to run twice (replicas starting at once
 * both run it) and beside live traffic.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class);

    private final ReactiveMongoCollection<Document> done;

    public Migrations(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.done = client.getDatabase(database).getCollection("migrations");
    }

    /** Runs {@code migration} unless the store says it ran, then marks it done. */
    public Uni<Void> once(String name, Supplier<Uni<Void>> migration) {
        return done.find(eq("_id", name)).collect().first().chain(marker -> marker != null ? Uni.createFrom().voidItem()
                : migration.get()
                        .chain(() -> done.replaceOne(eq("_id", name), new Document("_id", name).append("at", new Date()),
                                new ReplaceOptions().upsert(true)))
                        .invoke(() -> LOG.infof("Migration %s done", name))
                        .replaceWithVoid());
    }
}
