package io.parcours.feedback.contact;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.parcours.common.paging.PageCursor;
import io.parcours.feedback.mongo.Pages;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Contacts in MongoDB, one document per workspace and respondent reference (its id is derived from both). */
@ApplicationScoped
public class ContactStore {

    private final ReactiveMongoCollection<Contact> contacts;

    ContactStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.contacts = client.getDatabase(database).getCollection("contacts", Contact.class);
    }

    void createIndexes(@Observes StartupEvent started) {
        contacts.createIndex(Indexes.ascending("workspaceId", "respondentRef"), new IndexOptions().unique(true))
                .await().indefinitely();
        contacts.createIndex(Indexes.ascending("workspaceId", "createdAt", "_id")).await().indefinitely();
        contacts.createIndex(Indexes.ascending("_id", "lastInvitedAt"), new IndexOptions().unique(true)).await()
                .indefinitely();
    }

    /** What an upsert of many did. */
    public record Written(int created, int updated) {
    }

    /**
     * Creates or updates each contact by its reference in one bulk write: the details replace the stored ones, an
     * unsubscription and the creation date stay.
     */
    public Uni<Written> upsertAll(String workspaceId, List<ContactDetails> all, Instant now) {
        if (all.isEmpty()) {
            return Uni.createFrom().item(new Written(0, 0));
        }
        List<WriteModel<Contact>> writes = new ArrayList<>();
        for (ContactDetails contact : all) {
            writes.add(new UpdateOneModel<>(eq("_id", Contact.idOf(workspaceId, contact.respondentRef())), Updates.combine(
                    Updates.setOnInsert("workspaceId", workspaceId),
                    Updates.setOnInsert("respondentRef", contact.respondentRef()),
                    Updates.setOnInsert("createdAt", now),
                    Updates.set("email", contact.email()), Updates.set("phone", contact.phone()),
                    Updates.set("locale", contact.locale()), Updates.set("timeZone", contact.timeZone()),
                    Updates.set("attributes", contact.attributes()),
                    Updates.set("emailConsent", contact.emailConsent()), Updates.set("smsConsent", contact.smsConsent()),
                    Updates.set("updatedAt", now)), new UpdateOptions().upsert(true)));
        }
        return contacts.bulkWrite(writes, new BulkWriteOptions().ordered(false))
                .map(result -> new Written(result.getUpserts().size(), result.getMatchedCount()));
    }

    public Uni<Contact> find(String workspaceId, String respondentRef) {
        return contacts.find(eq("_id", Contact.idOf(workspaceId, respondentRef))).collect().first();
    }

    public Uni<List<Contact>> withRefs(String workspaceId, Collection<String> respondentRefs) {
        List<String> ids = respondentRefs.stream().map(ref -> Contact.idOf(workspaceId, ref)).toList();
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : contacts.find(in("_id", ids)).collect().asList();
    }

    /** Up to {@code limit} contacts whose reference or e-mail contains {@code search}, oldest first. */
    public Uni<List<Contact>> page(String workspaceId, String search, PageCursor after, int limit) {
        Bson where = Pages.after(where(workspaceId, search), after);
        return contacts.find(where, new FindOptions().sort(Sorts.ascending("createdAt", "_id")).limit(limit))
                .collect().asList();
    }

    public Uni<Long> count(String workspaceId, String search) {
        return contacts.countDocuments(where(workspaceId, search));
    }

    private static Bson where(String workspaceId, String search) {
        if (search == null || search.isEmpty()) {
            return eq("workspaceId", workspaceId);
        }
        Pattern contains = Pattern.compile(Pattern.quote(search), Pattern.CASE_INSENSITIVE);
        return and(eq("workspaceId", workspaceId), or(regex("respondentRef", contains), regex("email", contains)));
    }

    /** Marks the contact unsubscribed (once: the first date stays); false when there is no such contact. */
    public Uni<Boolean> unsubscribe(String workspaceId, String respondentRef, Instant at) {
        return contacts.updateOne(and(eq("_id", Contact.idOf(workspaceId, respondentRef)), eq("unsubscribedAt", null)),
                Updates.set("unsubscribedAt", at)).chain(result -> result.getMatchedCount() > 0
                        ? Uni.createFrom().item(true) : find(workspaceId, respondentRef).map(found -> found != null));
    }

    /** Contacts by id ({@link Contact#idOf}), e.g. those of a round of invitations: one read. */
    public Uni<Map<String, Contact>> byIds(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : contacts.find(in("_id", ids)).collect().asMap(Contact::id);
    }

    /**
     * Takes the throttle slot of each contact for an invitation, by one bulk compare-and-set on the date each was read
     * with, found by exactly (_id, lastInvitedAt) — an index every store answers — then reads back which invitations
     * hold their contact's slot: those are the ones to send. A contact invited meanwhile by a worker of any replica
     * keeps that invitation, so no two invite one contact within the throttle period.
     */
    public Uni<Set<String>> takeInvitationSlots(Map<Contact, String> invitationByContact, Instant now) {
        if (invitationByContact.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<WriteModel<Contact>> writes = new ArrayList<>();
        invitationByContact.forEach((contact, invitationId) -> writes.add(new UpdateOneModel<>(
                and(eq("_id", contact.id()), eq("lastInvitedAt", contact.lastInvitedAt() == null ? null
                        : Date.from(contact.lastInvitedAt()))),
                Updates.combine(Updates.set("lastInvitedAt", now), Updates.set("lastInvitationId", invitationId)))));
        List<String> ids = invitationByContact.keySet().stream().map(Contact::id).toList();
        return contacts.bulkWrite(writes, new BulkWriteOptions().ordered(false))
                .chain(() -> contacts.find(in("_id", ids)).map(Contact::lastInvitationId).collect().asList())
                .map(holders -> holders.stream().filter(invitationByContact::containsValue).collect(Collectors.toSet()));
    }

    /** The references of the contacts whose attributes have these values (at most {@code limit}). */
    public Uni<List<String>> refsWithAttributes(String workspaceId, Map<String, String> attributes, int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(eq("workspaceId", workspaceId)));
        attributes.forEach((name, value) -> conditions.add(eq("attributes." + name, value)));
        return contacts.find(and(conditions), new FindOptions().limit(limit)).map(Contact::respondentRef).collect().asList();
    }

    public Uni<Boolean> delete(String workspaceId, String respondentRef) {
        return contacts.deleteOne(eq("_id", Contact.idOf(workspaceId, respondentRef)))
                .map(result -> result.getDeletedCount() > 0);
    }
}
