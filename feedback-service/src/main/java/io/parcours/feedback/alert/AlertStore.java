package io.parcours.feedback.alert;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import io.parcours.common.paging.PageCursor;
import io.parcours.feedback.mongo.NewDocuments;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Alerts in MongoDB. Their ids say what raised them: storing one twice is refused by the primary index. */
@ApplicationScoped
public class AlertStore {

    private final ReactiveMongoCollection<Alert> alerts;

    public AlertStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.alerts = client.getDatabase(database).getCollection("alerts", Alert.class);
    }

    void createIndexes(@Observes StartupEvent started) {
        alerts.createIndex(Indexes.descending("workspaceId", "raisedAt", "_id")).await().indefinitely();
        alerts.createIndex(Indexes.ascending("workspaceId", "state", "raisedAt")).await().indefinitely();
        alerts.createIndex(Indexes.ascending("workspaceId", "respondentRef")).await().indefinitely();
    }

    /** Stores the alerts not stored yet (same id: same cause); the others are left as they are. */
    public Uni<Void> raiseAll(List<Alert> raised) {
        return NewDocuments.insert(alerts, raised);
    }

    /** The alerts with these ids, of any workspace (the event worker's reading back). */
    public Uni<List<Alert>> withIds(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : alerts.find(in("_id", ids)).collect().asList();
    }

    Uni<Alert> find(String workspaceId, String id) {
        return alerts.find(eq("_id", id)).filter(alert -> workspaceId.equals(alert.workspaceId())).collect().first();
    }

    /** Up to {@code limit} alerts matching the filter after {@code after}, newest first. */
    Uni<List<Alert>> page(String workspaceId, AlertFilter filter, PageCursor after, int limit) {
        Bson where = where(workspaceId, filter);
        if (after != null) {
            Date at = Date.from(after.createdAt());
            where = and(where, or(lt("raisedAt", at), and(eq("raisedAt", at), lt("_id", after.id().toString()))));
        }
        return alerts.find(where, new FindOptions().sort(Sorts.descending("raisedAt", "_id")).limit(limit)).collect().asList();
    }

    Uni<Long> count(String workspaceId, AlertFilter filter) {
        return alerts.countDocuments(where(workspaceId, filter));
    }

    /** The alert after the update, if it was in one of the states {@code from}; null otherwise (or not here). */
    Uni<Alert> update(String workspaceId, String id, Collection<AlertState> from, Bson update) {
        return alerts.findOneAndUpdate(and(eq("_id", id), eq("workspaceId", workspaceId),
                in("state", from.stream().map(Enum::name).toList())), update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /**
     * The alerts matching the filter, grouped by rule and place and counted by state, the latest raised first: at
     * most {@code limit} groups. One aggregation by (rule, place, state), folded here into a row per rule and place.
     */
    Uni<List<AlertGroup>> groups(String workspaceId, AlertFilter filter, int limit) {
        Document by = new Document("ruleId", "$ruleId").append("journeyId", "$journeyId").append("stageId", "$stageId")
                .append("touchpointId", "$touchpointId").append("state", "$state");
        return alerts.aggregate(List.of(new Document("$match", where(workspaceId, filter)),
                new Document("$group", new Document("_id", by).append("count", new Document("$sum", 1))
                        .append("latest", new Document("$max", "$raisedAt"))
                        .append("ruleName", new Document("$first", "$ruleName")).append("kind", new Document("$first", "$kind")))),
                Document.class).collect().asList().map(rows -> AlertGroups.fold(rows, limit));
    }

    /** Moves the alerts of these groups that are in one of the states {@code from}; how many moved. */
    Uni<Long> updateGroups(String workspaceId, List<AlertGroup.Key> keys, Collection<AlertState> from, Bson update) {
        List<Bson> groups = keys.stream().map(key -> and(eq("ruleId", key.ruleId()), eq("journeyId", key.journeyId()),
                eq("stageId", key.stageId()), eq("touchpointId", key.touchpointId()))).toList();
        return alerts.updateMany(and(eq("workspaceId", workspaceId), in("state", from.stream().map(Enum::name).toList()),
                or(groups)), update).map(UpdateResult::getModifiedCount);
    }

    /** Takes the respondent's reference off their alerts (their responses are erased). */
    public Uni<Void> eraseRespondent(String workspaceId, String respondentRef) {
        return alerts.updateMany(and(eq("workspaceId", workspaceId), eq("respondentRef", respondentRef)),
                Updates.set("respondentRef", null)).replaceWithVoid();
    }

    private static Bson where(String workspaceId, AlertFilter filter) {
        List<Bson> conditions = new ArrayList<>(List.of(eq("workspaceId", workspaceId)));
        if (filter.state != null) {
            conditions.add(eq("state", filter.state.name()));
        }
        if (filter.kind != null) {
            conditions.add(eq("kind", filter.kind.name()));
        }
        addId(conditions, "ruleId", filter.ruleId);
        addId(conditions, "journeyId", filter.journeyId);
        addId(conditions, "stageId", filter.stageId);
        addId(conditions, "touchpointId", filter.touchpointId);
        if (filter.assignee != null) {
            conditions.add(eq("assignee", filter.assignee));
        }
        return and(conditions);
    }

    private static void addId(List<Bson> conditions, String field, String id) {
        if (id != null) {
            conditions.add(eq(field, id.toLowerCase(Locale.ROOT)));
        }
    }
}
