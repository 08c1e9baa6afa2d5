package io.parcours.touchpoint.journey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What deleting a journey removed, counted in the transaction that removed it.")
public record JourneyDeletion(
        @NonNull @Id @Description("The deleted journey's id; it is unknown from now on.") String journeyId,
        @NonNull @Description("Its name, for the message that confirms the deletion.") String name,
        @Description("Its stages, deleted.") int stagesDeleted,
        @Description("Its touchpoints, deleted.") int touchpointsDeleted,
        @Description("Customer interactions recorded on its touchpoints, deleted (its funnel goes with them).")
        int interactionsDeleted,
        @Description("Journeys derived from it (e.g. its future state): kept, no longer linked by derivedFromId.")
        int derivedJourneysUnlinked) {

    static JourneyDeletion of(JourneyMap map, JourneyStore.Removed removed) {
        return new JourneyDeletion(map.journey().id.toString(), map.journey().name, map.stages().size(),
                map.touchpointsByStage().values().stream().mapToInt(java.util.List::size).sum(), removed.interactions(), removed.derivedUnlinked());
    }
}
