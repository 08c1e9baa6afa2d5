package io.parcours.gateway.persona;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;

@Description("A semi-fictional portrait of a customer type: who they are, what they want, what gets in their way.")
public record Persona(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Display name, e.g. \"Sofia\".") String name,
        @Description("Archetype label, e.g. \"Busy parent\".") String title,
        @Description("A paragraph describing the persona.") String summary,
        @Description("A representative quote in the persona's own words.") String quote,
        @Description("URL of the avatar image.") String avatarUrl,
        @NonNull @Description("Demographic bands; members are null where unknown.") Demographics demographics,
        @NonNull @Description("What the persona wants to achieve.") List<@NonNull String> goals,
        @NonNull @Description("What gets in the persona's way.") List<@NonNull String> frustrations,
        @NonNull @Description("Why the persona acts.") List<@NonNull String> motivations,
        @NonNull @Description("Observed habits.") List<@NonNull String> behaviours,
        @NonNull @Description("Preferred channels, most preferred first.") List<@NonNull Channel> preferredChannels,
        @NonNull @Description("Free labels for filtering.") List<@NonNull String> tags,
        @Description("Archived personas are hidden from listings unless asked for.") boolean archived,
        @Description("Optimistic-locking version: pass it as expectedVersion when updating.") int version,
        @NonNull @Description("When the persona was created.") Instant createdAt,
        @NonNull @Description("When the persona last changed.") Instant updatedAt) {
    // Batch resolvers key their loaders by the source object: an entity is its id (hashing every field of a
    // journey hashed all its stages and touchpoints, once per key).
    @Override
    public boolean equals(Object other) {
        return other instanceof Persona that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getQuote() {
        return quote;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public Demographics getDemographics() {
        return demographics;
    }

    public List<String> getGoals() {
        return goals;
    }

    public List<String> getFrustrations() {
        return frustrations;
    }

    public List<String> getMotivations() {
        return motivations;
    }

    public List<String> getBehaviours() {
        return behaviours;
    }

    public List<Channel> getPreferredChannels() {
        return preferredChannels;
    }

    public List<String> getTags() {
        return tags;
    }

    public boolean isArchived() {
        return archived;
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
