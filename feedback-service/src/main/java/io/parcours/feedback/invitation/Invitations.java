package io.parcours.feedback.invitation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.parcours.common.paging.PageCursor;
import io.parcours.feedback.mongo.Backlog;
import io.parcours.feedback.mongo.Leases;
import io.parcours.feedback.mongo.NewDocuments;
import io.parcours.feedback.mongo.Pages;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Invitations in MongoDB, claimed by the invitation workers of every replica ({@link Leases}); beside them one mark per
 * survey, touchpoint and contact ever invited, so that none is invited twice to the same.
 */
@ApplicationScoped
public class Invitations {

    /** The states in which an invitation may still have work: sending, or its one reminder. */
    private static final Bson WITH_WORK = in("state", InvitationState.SCHEDULED.name(), InvitationState.SENT.name(),
            InvitationState.OPENED.name());

    private final ReactiveMongoCollection<Document> invitations;
    private final ReactiveMongoCollection<Document> marks;

    Invitations(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.invitations = client.getDatabase(database).getCollection("invitations");
        this.marks = client.getDatabase(database).getCollection("invitation_marks");
    }

    void createIndexes(@Observes StartupEvent started) {
        Leases.createIndex(invitations);
        invitations.createIndex(Indexes.ascending("workspaceId", "createdAt", "_id")).await().indefinitely();
        invitations.createIndex(Indexes.ascending("workspaceId", "respondentRef")).await().indefinitely();
        invitations.createIndex(Indexes.ascending("workspaceId", "surveyId", "state")).await().indefinitely();
        // Response rates per touchpoint, stage and journey (the map).
        invitations.createIndex(Indexes.ascending("workspaceId", "touchpointId", "state")).await().indefinitely();
        invitations.createIndex(Indexes.ascending("workspaceId", "stageId", "state")).await().indefinitely();
        invitations.createIndex(Indexes.ascending("workspaceId", "journeyId", "state")).await().indefinitely();
    }

    Uni<Void> insertAll(List<Document> created) {
        return created.isEmpty() ? Uni.createFrom().voidItem()
                : invitations.insertMany(created, new InsertManyOptions().ordered(false)).replaceWithVoid();
    }

    /** A new invitation, due at {@code due}, by the channel. */
    public static Document scheduled(String id, String workspace, String surveyId, String ref, String touchpointId,
            InvitationChannel channel, Instant due, Instant now) {
        return new Document("_id", id).append("workspaceId", workspace)
                .append("surveyId", surveyId).append("respondentRef", ref).append("touchpointId", touchpointId)
                .append("channel", channel.name()).append("state", InvitationState.SCHEDULED.name())
                .append("scheduledFor", Date.from(due)).append("due", Date.from(due)).append("createdAt", Date.from(now));
    }

    /** Inserts the invitations whose ids are new and skips the others (a redelivered event); how many were new. */
    public Uni<Integer> insertNew(List<Document> created) {
        return NewDocuments.insertCounted(invitations, created);
    }

    /** Invitations with work due (to send, or to remind), claimed for {@code lease}. */
    public Uni<List<Document>> claimDue(int limit, Duration lease) {
        return Leases.claim(invitations, WITH_WORK, limit, lease);
    }

    /** The invitations due now: to send, or to remind. */
    public Uni<Backlog> backlog() {
        return Leases.backlog(invitations, WITH_WORK);
    }

    /** What a worker did with a claimed invitation. */
    public record Outcome(Document claimed, Bson changes) {
    }

    /** Records what a worker did with each of these invitations, where its claim still holds (one bulk write). */
    public Uni<Void> recordAll(List<Outcome> outcomes) {
        List<WriteModel<Document>> writes = outcomes.stream()
                .<WriteModel<Document>>map(done -> new UpdateOneModel<>(Leases.claimed(done.claimed()), done.changes()))
                .toList();
        return writes.isEmpty() ? Uni.createFrom().voidItem()
                : invitations.bulkWrite(writes, new BulkWriteOptions().ordered(false)).replaceWithVoid();
    }

    /**
     * The invitations these ones would mark (the same survey, touchpoint and contact): mark id → the invitation that
     * made it. One read for a round of invitations.
     */
    public Uni<Map<String, String>> marksOf(Collection<Document> invitations) {
        List<String> ids = invitations.stream().map(Invitations::markIdOf).distinct().toList();
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : marks.find(in("_id", ids)).collect()
                .asMap(mark -> mark.getString("_id"), mark -> mark.getString("invitationId"));
    }

    /** Never twice the same survey about the same touchpoint to one contact: the key of that rule. */
    public static String markIdOf(Document invitation) {
        return String.join("\n", invitation.getString("workspaceId"), invitation.getString("surveyId"),
                String.valueOf(invitation.getString("touchpointId")), invitation.getString("respondentRef"));
    }

    /**
     * Marks each invitation's contact invited to its survey about its touchpoint (one insert for them all); the ids of
     * the invitations whose mark stands — not those another invitation marked first, also a moment ago elsewhere.
     */
    public Uni<Set<String>> markAll(Collection<Document> invitations) {
        List<Document> made = invitations.stream().map(invitation -> new Document("_id", markIdOf(invitation))
                .append("invitationId", invitation.getString("_id"))).toList();
        return NewDocuments.insert(marks, made).chain(() -> marksOf(invitations))
                .map(held -> invitations.stream().map(invitation -> invitation.getString("_id"))
                        .filter(held::containsValue).collect(Collectors.toSet()));
    }

    /** The respondent opened the invitation's link: SENT becomes OPENED. */
    public Uni<Void> opened(String workspaceId, String id, Instant at) {
        return invitations.updateOne(and(eq("_id", id), eq("workspaceId", workspaceId),
                eq("state", InvitationState.SENT.name())), Updates.combine(
                        Updates.set("state", InvitationState.OPENED.name()), Updates.set("openedAt", Date.from(at))))
                .replaceWithVoid();
    }

    /**
     * The respondent answered through the invitation's link: no reminder follows. {@code complete} false: with the score
     * clicked in the e-mail only, which the page may still complete.
     */
    public Uni<Void> answered(String workspaceId, String id, String responseId, Instant at, boolean complete) {
        return invitations.updateOne(and(eq("_id", id), eq("workspaceId", workspaceId),
                in("state", InvitationState.SENT.name(), InvitationState.OPENED.name())), Updates.combine(
                        Updates.set("state", InvitationState.ANSWERED.name()), Updates.set("answeredAt", Date.from(at)),
                        Updates.set("responseId", responseId), Updates.set("responseComplete", complete),
                        Updates.set("due", null)))
                .replaceWithVoid();
    }

    /** What a personal link's invitation says of its response. */
    public enum LinkedResponse {
        /** No invitation of the workspace sent this link (a personal link made by hand). */
        NO_INVITATION,
        /** An invitation sent it; its response, if any, is complete. */
        INVITED,
        /** An invitation sent it and its response holds only the score clicked in the e-mail, for the page to complete. */
        AWAITS_COMPLETION
    }

    /** The invitation behind a personal link (its nonce is the invitation's id), in one read. */
    public Uni<LinkedResponse> linkedResponse(String workspaceId, String id) {
        return invitations.find(and(eq("_id", id), eq("workspaceId", workspaceId)),
                new FindOptions().projection(Projections.include("state", "responseComplete")).limit(1))
                .collect().first().map(found -> {
                    if (found == null) {
                        return LinkedResponse.NO_INVITATION;
                    }
                    boolean partial = InvitationState.ANSWERED.name().equals(found.getString("state"))
                            && Boolean.FALSE.equals(found.getBoolean("responseComplete"));
                    return partial ? LinkedResponse.AWAITS_COMPLETION : LinkedResponse.INVITED;
                });
    }

    /** The page completed the response: a later submission through the link is a duplicate. */
    public Uni<Void> completed(String workspaceId, String id) {
        return invitations.updateOne(and(eq("_id", id), eq("workspaceId", workspaceId)),
                Updates.set("responseComplete", true)).replaceWithVoid();
    }

    /** What a listing shows: one survey's, one state's, one contact's invitations, or all. */
    public record Filter(String surveyId, InvitationState state, String respondentRef) {
    }

    Uni<List<Invitation>> page(String workspaceId, Filter filter, PageCursor after, int limit) {
        Bson where = Pages.after(where(workspaceId, filter), after);
        return invitations.find(where, new FindOptions().sort(Sorts.ascending("createdAt", "_id")).limit(limit))
                .map(Invitation::of).collect().asList();
    }

    Uni<Long> count(String workspaceId, Filter filter) {
        return invitations.countDocuments(where(workspaceId, filter));
    }

    private static Bson where(String workspaceId, Filter filter) {
        List<Bson> conditions = new ArrayList<>(List.of(eq("workspaceId", workspaceId)));
        if (filter.surveyId() != null) {
            conditions.add(eq("surveyId", filter.surveyId()));
        }
        if (filter.state() != null) {
            conditions.add(eq("state", filter.state().name()));
        }
        if (filter.respondentRef() != null) {
            conditions.add(eq("respondentRef", filter.respondentRef()));
        }
        return and(conditions);
    }

    /**
     * Per id of the link ("surveyId", "touchpointId", "stageId", "journeyId") and channel, how many invitations are in
     * each state: documents {_id: {id, channel, state}, count}. One aggregation for all ids.
     */
    Uni<List<Document>> countsByLink(String workspaceId, String link, List<String> ids) {
        return invitations.aggregate(List.of(
                new Document("$match", new Document("workspaceId", workspaceId).append(link, new Document("$in", ids))),
                new Document("$group", new Document("_id", new Document("id", "$" + link).append("channel", "$channel")
                        .append("state", "$state")).append("count", new Document("$sum", 1)))))
                .collect().asList();
    }

    /** The answered invitations of these ids: their link id, channel, sentAt and answeredAt. */
    Uni<List<Document>> answeredByLink(String workspaceId, String link, List<String> ids) {
        return invitations.find(and(eq("workspaceId", workspaceId), in(link, ids),
                eq("state", InvitationState.ANSWERED.name())), new FindOptions()
                        .projection(new Document(link, 1).append("channel", 1).append("sentAt", 1).append("answeredAt", 1)))
                .collect().asList();
    }

    /** Erasure: the respondent's invitations go with their contact. */
    public Uni<Void> deleteRespondent(String workspaceId, String respondentRef) {
        return invitations.deleteMany(and(eq("workspaceId", workspaceId), eq("respondentRef", respondentRef)))
                .chain(() -> marks.deleteMany(regex("_id", "^" + Pattern.quote(workspaceId + "\n") + ".*\n"
                        + Pattern.quote(respondentRef) + "$")))
                .replaceWithVoid();
    }
}
