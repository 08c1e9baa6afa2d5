package io.parcours.touchpoint.analytics;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("InteractionResult")
@Description("What happened to one event of a batch.")
public record InteractionOutcome(
        @Description("The event's id as sent.") String eventId,
        @NonNull @Description("ACCEPTED, DUPLICATE (already stored, or repeated in the batch) or REJECTED.") Status status,
        @NonNull @Description("Why it was rejected: each reason names the field and the rule.") List<@NonNull String> reasons) {

    @Name("InteractionStatus")
    @Description("Outcome of one event.")
    public enum Status {
        @Description("Stored now.")
        ACCEPTED,
        @Description("An event with this id is already stored (or came earlier in the batch); nothing changed.")
        DUPLICATE,
        @Description("Not stored; see reasons.")
        REJECTED
    }

    static InteractionOutcome accepted(String eventId) {
        return new InteractionOutcome(eventId, Status.ACCEPTED, List.of());
    }

    static InteractionOutcome duplicate(String eventId) {
        return new InteractionOutcome(eventId, Status.DUPLICATE, List.of());
    }

    static InteractionOutcome rejected(String eventId, List<String> reasons) {
        return new InteractionOutcome(eventId, Status.REJECTED, reasons);
    }
}
