package io.parcours.feedback.alert;

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

/** Alert rules in MongoDB, one document each; every query carries the workspace. */
@ApplicationScoped
public class AlertRuleStore {

    private final ReactiveMongoCollection<AlertRule> rules;

    public AlertRuleStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.rules = client.getDatabase(database).getCollection("alert_rules", AlertRule.class);
    }

    void createIndexes(@Observes StartupEvent started) {
        rules.createIndex(Indexes.ascending("workspaceId", "createdAt")).await().indefinitely();
    }

    Uni<Void> insert(AlertRule rule) {
        return rules.insertOne(rule).replaceWithVoid();
    }

    /** The rule replaced if still at {@code expectedRevision}; null if it is not (or not here). */
    Uni<AlertRule> replace(AlertRule rule, int expectedRevision) {
        return rules.findOneAndReplace(and(eq("_id", rule.id()), eq("workspaceId", rule.workspaceId()),
                eq("revision", expectedRevision)), rule, new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER));
    }

    Uni<AlertRule> find(String workspaceId, String id) {
        return rules.find(eq("_id", id)).filter(rule -> workspaceId.equals(rule.workspaceId())).collect().first();
    }

    Uni<Boolean> delete(String workspaceId, String id) {
        return rules.deleteOne(and(eq("_id", id), eq("workspaceId", workspaceId))).map(deleted -> deleted.getDeletedCount() > 0);
    }

    Uni<List<AlertRule>> ofWorkspace(String workspaceId) {
        return rules.find(eq("workspaceId", workspaceId), new FindOptions().sort(Sorts.ascending("createdAt", "_id")))
                .collect().asList();
    }

    Uni<Long> count(String workspaceId) {
        return rules.countDocuments(eq("workspaceId", workspaceId));
    }

    /** The enabled rules of these workspaces. */
    public Uni<List<AlertRule>> enabledIn(Collection<String> workspaceIds) {
        return rules.find(and(in("workspaceId", workspaceIds), eq("enabled", true))).collect().asList();
    }

    /** Every enabled rule of a kind, across workspaces (the score-drop check). */
    public Uni<List<AlertRule>> enabledOfKind(AlertKind kind) {
        return rules.find(and(eq("kind", kind.name()), eq("enabled", true))).collect().asList();
    }
}
