package io.parcours.gateway.journey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Outcome of recordInteractions: counts, and one result per event in input order.")
public record InteractionBatchResult(
        @Description("Events stored now.") int accepted,
        @Description("Events stored before (same eventId).") int duplicates,
        @Description("Events refused; see their reasons.") int rejected,
        @NonNull @Description("One result per event, in input order.") List<@NonNull InteractionResult> results) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public int getAccepted() {
        return accepted;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getRejected() {
        return rejected;
    }

    public List<InteractionResult> getResults() {
        return results;
    }

    @Description("Outcome of one event.")
    public record InteractionResult(
            @Description("The event's id as sent.") String eventId,
            @NonNull @Description("ACCEPTED, DUPLICATE or REJECTED.") InteractionStatus status,
            @NonNull @Description("Why it was rejected, each naming the field and the rule.") List<@NonNull String> reasons) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public String getEventId() {
            return eventId;
        }

        public InteractionStatus getStatus() {
            return status;
        }

        public List<String> getReasons() {
            return reasons;
        }
    }

    @Description("Outcome of one event.")
    public enum InteractionStatus {
        ACCEPTED, DUPLICATE, REJECTED
    }
}
