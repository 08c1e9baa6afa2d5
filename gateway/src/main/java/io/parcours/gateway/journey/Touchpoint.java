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
    // Batch resolvers key their loaders by the source object: an entity is its id (hashing every field of a
    // journey hashed all its stages and touchpoints, once per key).
    @Override
    public boolean equals(Object other) {
        return other instanceof Touchpoint that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public String getId() {
        return id;
    }

    public String getJourneyId() {
        return journeyId;
    }

    public String getStageId() {
        return stageId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Channel getChannel() {
        return channel;
    }

    public InteractionType getInteraction() {
        return interaction;
    }

    public String getOwnerTeam() {
        return ownerTeam;
    }

    public String getCustomerAction() {
        return customerAction;
    }

    public String getCustomerThought() {
        return customerThought;
    }

    public Integer getEmotion() {
        return emotion;
    }

    public List<String> getPainPoints() {
        return painPoints;
    }

    public List<String> getOpportunities() {
        return opportunities;
    }

    public List<String> getFrontstage() {
        return frontstage;
    }

    public List<String> getBackstage() {
        return backstage;
    }

    public List<String> getSupportProcesses() {
        return supportProcesses;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
