package io.parcours.touchpoint.analytics;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("""
        How customers moved through a journey's stages in a time range, from touchpoint interactions. \
        A customer reaches the first stage with their first interaction on one of its touchpoints, and each \
        later stage with their first interaction on one of its touchpoints at or after they reached the stage \
        before. Only interactions with from ≤ occurredAt < to count; with neither bound, every interaction.""")
public record Funnel(
        @NonNull @Id @Description("The journey.") String journeyId,
        @Description("Start of the range (inclusive); null means from the first interaction.") OffsetDateTime from,
        @Description("End of the range (exclusive); null when the funnel covers every interaction.") OffsetDateTime to,
        @Description("Customers who reached the first stage.") int customersEntered,
        @Description("Customers who reached the last stage.") int customersCompleted,
        @Description("customersCompleted / customersEntered, 0…1; null when nobody entered.") Double overallConversion,
        @NonNull @Description("One entry per stage, in journey order.") List<@NonNull FunnelStage> stages,
        @Description("Where the journey breaks: the stage after the first with the largest dropOff (the earliest on a tie); "
                + "null when no customer was lost between stages.") FunnelStage breakStage,
        @Description("Mean order value of the journey's interactions in the range that carry one; null when none does.")
        Double averageOrderValue) {

    @Description("One stage of a funnel.")
    public record FunnelStage(
            @NonNull @Id @Description("The stage.") String stageId,
            @NonNull @Description("Stage name.") String name,
            @Description("1-based position in the journey.") int position,
            @Description("Customers who reached this stage after reaching the previous one (see Funnel).") int customers,
            @Description("customers / customers of the previous stage, 0…1; null for the first stage or when the previous had none.") Double conversionFromPrevious,
            @Description("Customers of the previous stage who did not reach this one; null for the first stage.") Integer dropOff,
            @Description("Median seconds between reaching the previous stage and reaching this one; null for the first stage or without customers.") Double medianSecondsFromPrevious,
            @Description("Mean order value of the interactions that count for this stage (its customers' interactions on its "
                    + "touchpoints from when they reached it) that carry one; null when none does.") Double averageOrderValue) {
    }
}
