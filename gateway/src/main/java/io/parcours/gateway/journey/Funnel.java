package io.parcours.gateway.journey;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Sequential funnel of a journey from its interactions: a customer counts for a stage when they met one "
        + "of its touchpoints after reaching the previous stage.")
public record Funnel(
        @NonNull @Id @Description("The journey.") String journeyId,
        @Description("Start of the range (inclusive); null for all time.") OffsetDateTime from,
        @Description("End of the range (exclusive); null for all time.") OffsetDateTime to,
        @Description("Customers who reached the first stage.") int customersEntered,
        @Description("Customers who reached the last stage.") int customersCompleted,
        @Description("customersCompleted / customersEntered, 4 decimals; null when nobody entered.") Double overallConversion,
        @NonNull @Description("Each stage in order.") List<@NonNull FunnelStage> stages,
        @Description("The stage with the largest drop-off: where the journey breaks; null when nobody drops.") FunnelStage breakStage,
        @Description("Mean order value over the journey's valued interactions, 2 decimals.") Double averageOrderValue) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public String getJourneyId() {
        return journeyId;
    }

    public OffsetDateTime getFrom() {
        return from;
    }

    public OffsetDateTime getTo() {
        return to;
    }

    public int getCustomersEntered() {
        return customersEntered;
    }

    public int getCustomersCompleted() {
        return customersCompleted;
    }

    public Double getOverallConversion() {
        return overallConversion;
    }

    public List<FunnelStage> getStages() {
        return stages;
    }

    public FunnelStage getBreakStage() {
        return breakStage;
    }

    public Double getAverageOrderValue() {
        return averageOrderValue;
    }

    @Description("One stage of a funnel.")
    public record FunnelStage(
            @NonNull @Id @Description("The stage.") String stageId,
            @NonNull @Description("Stage name.") String name,
            @Description("1-based position.") int position,
            @Description("Customers who reached this stage.") int customers,
            @Description("customers / customers of the previous stage, 4 decimals; null for the first stage.") Double conversionFromPrevious,
            @Description("Customers lost since the previous stage; null for the first stage.") Integer dropOff,
            @Description("Median seconds between reaching the previous stage and this one.") Double medianSecondsFromPrevious,
            @Description("Mean order value of valued interactions at this stage, 2 decimals.") Double averageOrderValue) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public String getStageId() {
            return stageId;
        }

        public String getName() {
            return name;
        }

        public int getPosition() {
            return position;
        }

        public int getCustomers() {
            return customers;
        }

        public Double getConversionFromPrevious() {
            return conversionFromPrevious;
        }

        public Integer getDropOff() {
            return dropOff;
        }

        public Double getMedianSecondsFromPrevious() {
            return medianSecondsFromPrevious;
        }

        public Double getAverageOrderValue() {
            return averageOrderValue;
        }
    }
}
