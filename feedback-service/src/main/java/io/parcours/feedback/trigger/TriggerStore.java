package io.parcours.feedback.trigger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Survey triggers in MongoDB, with the counts the interaction consumer adds to them. */
@ApplicationScoped
public class TriggerStore {

    private final ReactiveMongoCollection<Document> triggers;

    TriggerStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.triggers = client.getDatabase(database).getCollection("survey_triggers");
    }

    void createIndexes(@Observes StartupEvent started) {
        triggers.createIndex(Indexes.ascending("touchpointId", "enabled")).await().indefinitely();
        triggers.createIndex(Indexes.ascending("workspaceId", "surveyId", "createdAt")).await().indefinitely();
    }

    Uni<Void> insert(Document trigger) {
        return triggers.insertOne(trigger).replaceWithVoid();
    }

    Uni<SurveyTrigger> find(String workspaceId, String id) {
        return triggers.find(and(eq("_id", id), eq("workspaceId", workspaceId))).map(SurveyTrigger::of).collect().first();
    }

    Uni<List<SurveyTrigger>> ofSurvey(String workspaceId, String surveyId) {
        return triggers.find(and(eq("workspaceId", workspaceId), eq("surveyId", surveyId)),
                new FindOptions().sort(Sorts.ascending("createdAt", "_id"))).map(SurveyTrigger::of).collect().asList();
    }

    Uni<Long> countOfSurvey(String workspaceId, String surveyId) {
        return triggers.countDocuments(and(eq("workspaceId", workspaceId), eq("surveyId", surveyId)));
    }

    Uni<Boolean> setEnabled(String workspaceId, String id, boolean enabled) {
        return triggers.updateOne(and(eq("_id", id), eq("workspaceId", workspaceId)), Updates.set("enabled", enabled))
                .map(result -> result.getMatchedCount() > 0);
    }

    Uni<Boolean> delete(String workspaceId, String id) {
        return triggers.deleteOne(and(eq("_id", id), eq("workspaceId", workspaceId)))
                .map(result -> result.getDeletedCount() > 0);
    }

    /** The enabled triggers on these touchpoints (of any workspace: callers match the workspace too). */
    public Uni<List<SurveyTrigger>> enabledOn(Collection<String> touchpointIds) {
        return triggers.find(and(in("touchpointId", touchpointIds), eq("enabled", true))).map(SurveyTrigger::of)
                .collect().asList();
    }

    /** Adds what one batch of interactions did to a trigger's counts. */
    public Uni<Void> count(String id, long interactions, long invited, long withoutContact) {
        return triggers.updateOne(eq("_id", id), Updates.combine(Updates.inc("interactions", interactions),
                Updates.inc("invited", invited), Updates.inc("withoutContact", withoutContact))).replaceWithVoid();
    }
}
