package io.parcours.touchpoint.analytics;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("InteractionBatchResult")
@Description("Outcome of a batch: counts, and one result per event in the order sent.")
public record InteractionBatchResult(
        @Description("Events stored now.") int accepted,
        @Description("Events already stored before, or repeated in the batch.") int duplicates,
        @Description("Events refused; see their reasons.") int rejected,
        @NonNull @Description("One result per event, in the order sent.") List<@NonNull InteractionOutcome> results) {

    static InteractionBatchResult of(List<InteractionOutcome> results) {
        return new InteractionBatchResult(count(results, InteractionOutcome.Status.ACCEPTED),
                count(results, InteractionOutcome.Status.DUPLICATE), count(results, InteractionOutcome.Status.REJECTED), results);
    }

    private static int count(List<InteractionOutcome> results, InteractionOutcome.Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
