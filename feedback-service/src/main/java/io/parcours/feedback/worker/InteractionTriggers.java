package io.parcours.feedback.worker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.parcours.feedback.contact.ContactStore;
import io.parcours.feedback.invitation.Invitations;
import io.parcours.feedback.trigger.SurveyTrigger;
import io.parcours.feedback.trigger.TriggerStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fires survey triggers from the interactions touchpoint-service publishes on Kafka ({@code parcours.interactions}),
 * a batch of records at a time on every replica (the consumer group shares the partitions out). An interaction that
 * meets an enabled trigger of its workspace and touchpoint, and occurred after the trigger was made, schedules an
 * invitation due {@code delay} after it — when the customer is a contact; otherwise it is counted. The invitation's id
 * follows from the trigger and the interaction's event id, so a record delivered again (after a crash, before its
 * offset was committed) schedules nothing twice; the offset is committed only once the batch is stored.
 */
@ApplicationScoped
public class InteractionTriggers {

    private static final Logger LOG = Logger.getLogger(InteractionTriggers.class);

    private final TriggerStore triggers;
    private final ContactStore contacts;
    private final Invitations invitations;

    InteractionTriggers(TriggerStore triggers, ContactStore contacts, Invitations invitations) {
        this.triggers = triggers;
        this.contacts = contacts;
        this.invitations = invitations;
    }

    /** One interaction as touchpoint-service publishes it. */
    record Interaction(String workspaceId, String eventId, String journeyId, String stageId, String touchpointId,
            String customerRef, Instant occurredAt) {

        static Interaction parse(String json) {
            JsonObject o = new JsonObject(json);
            return new Interaction(o.getString("workspaceId"), o.getString("eventId"), o.getString("journeyId"),
                    o.getString("stageId"), o.getString("touchpointId"), o.getString("customerRef"),
                    OffsetDateTime.parse(o.getString("occurredAt")).toInstant());
        }
    }

    /** An interaction that fires a trigger. */
    private record Firing(SurveyTrigger trigger, Interaction interaction) {
    }

    @Incoming("interactions")
    public Uni<Void> consume(List<String> records) {
        List<Interaction> batch = new ArrayList<>();
        for (String record : records) {
            try {
                batch.add(Interaction.parse(record));
            } catch (RuntimeException unreadable) {
                // Nothing can ever read it: skipped (and said), so that it does not hold up the partition forever.
                LOG.warnf("An interaction record was skipped, unreadable: %s", unreadable.toString());
            }
        }
        // A store that is away holds the partition until it is back: nothing is skipped, nothing lost.
        return fire(batch).onFailure().invoke(failure -> LOG.warnf("Survey triggers retry a batch: %s", failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    Uni<Void> fire(List<Interaction> batch) {
        Set<String> touchpoints = new HashSet<>();
        batch.forEach(interaction -> touchpoints.add(interaction.touchpointId()));
        if (touchpoints.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return triggers.enabledOn(touchpoints).chain(enabled -> {
            List<Firing> firings = firings(batch, enabled);
            return firings.isEmpty() ? Uni.createFrom().voidItem()
                    : knownContacts(firings).chain(known -> schedule(firings, known));
        });
    }

    private static List<Firing> firings(List<Interaction> batch, List<SurveyTrigger> enabled) {
        Map<String, List<SurveyTrigger>> byPlace = new HashMap<>();
        enabled.forEach(t -> byPlace.computeIfAbsent(t.workspaceId() + "\n" + t.touchpointId(), k -> new ArrayList<>()).add(t));
        List<Firing> firings = new ArrayList<>();
        for (Interaction interaction : batch) {
            for (SurveyTrigger trigger : byPlace.getOrDefault(interaction.workspaceId() + "\n" + interaction.touchpointId(),
                    List.of())) {
                if (!interaction.occurredAt().isBefore(trigger.createdAt())) {
                    firings.add(new Firing(trigger, interaction));
                }
            }
        }
        return firings;
    }

    /** "workspace\nref" of the firing customers that are contacts: one read per workspace. */
    private Uni<Set<String>> knownContacts(List<Firing> firings) {
        Map<String, Set<String>> refsByWorkspace = new HashMap<>();
        firings.forEach(f -> refsByWorkspace.computeIfAbsent(f.interaction().workspaceId(), k -> new HashSet<>())
                .add(f.interaction().customerRef()));
        return Multi.createFrom().iterable(refsByWorkspace.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> contacts.withRefs(entry.getKey(), entry.getValue()))
                .collect().in(HashSet::new, (known, found) -> found.forEach(c -> known.add(c.workspaceId() + "\n" + c.respondentRef())));
    }

    private Uni<Void> schedule(List<Firing> firings, Set<String> known) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<SurveyTrigger, List<Document>> created = new LinkedHashMap<>();
        Map<SurveyTrigger, long[]> counts = new LinkedHashMap<>();
        for (Firing firing : firings) {
            Interaction interaction = firing.interaction();
            SurveyTrigger trigger = firing.trigger();
            long[] count = counts.computeIfAbsent(trigger, t -> new long[2]);
            count[0]++;
            List<Document> ofTrigger = created.computeIfAbsent(trigger, t -> new ArrayList<>());
            if (!known.contains(interaction.workspaceId() + "\n" + interaction.customerRef())) {
                count[1]++;
                continue;
            }
            Instant due = interaction.occurredAt().plusSeconds(trigger.delaySeconds());
            ofTrigger.add(Invitations.scheduled(invitationId(trigger, interaction), trigger.workspaceId(),
                    trigger.surveyId(), interaction.customerRef(), trigger.touchpointId(), trigger.channel(),
                    due.isBefore(now) ? now : due, now)
                    .append("stageId", interaction.stageId()).append("journeyId", interaction.journeyId())
                    .append("triggerId", trigger.id()).append("eventId", interaction.eventId()));
        }
        return Multi.createFrom().iterable(created.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> invitations.insertNew(entry.getValue())
                        .chain(invited -> triggers.count(entry.getKey().id(), counts.get(entry.getKey())[0], invited,
                                counts.get(entry.getKey())[1])))
                .collect().last().replaceWithVoid();
    }

    /** The same trigger and interaction make the same id, which the store takes once. */
    static String invitationId(SurveyTrigger trigger, Interaction interaction) {
        return UUID.nameUUIDFromBytes((trigger.id() + "\n" + interaction.workspaceId() + "\n" + interaction.eventId())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
