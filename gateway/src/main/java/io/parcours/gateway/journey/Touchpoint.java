package io.parcours.gateway.journey;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;

@Description("One point where the customer meets the brand, within a stage.")
public record Touchpoint(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Id @Description("The journey it belongs to.") String journeyId,
        @NonNull @Id @Description("The stage it belongs to.") String stageId,
        @Description("1-based position within the stage.") int position,
        @NonNull @Description("Touchpoint name, e.g. \"Checkout page\".") String name,
        @Description("Free description.") String description,
        @NonNull @Description("Channel of the interaction.") Channel channel,
        @NonNull @Description("Whether the brand runs it (DIRECT) or not (INDIRECT, e.g. a review site).") InteractionType interaction,
        @Description("Team that owns it.") String ownerTeam,
        @Description("What the customer does here.") String customerAction,
        @Description("What the customer thinks here.") String customerThought,
        @Description("Designed emotion, −2 (very negative) … +2 (very positive).") Integer emotion,
        @NonNull @Description("Known pain points.") List<@NonNull String> painPoints,
        @NonNull @Description("Improvement opportunities.") List<@NonNull String> opportunities,
        @NonNull @Description("Service blueprint: what the customer sees staff do.") List<@NonNull String> frontstage,
        @NonNull @Description("Service blueprint: what staff do out of sight.") List<@NonNull String> backstage,
        @NonNull @Description("Service blueprint: systems and processes behind it.") List<@NonNull String> supportProcesses,
        @Description("Optimistic-locking version: pass it as expectedVersion when updating.") int version,
        @NonNull @Description("When the touchpoint was created.") Instant createdAt,
        @NonNull @Description("When the touchpoint last changed.") Instant updatedAt) {
}
