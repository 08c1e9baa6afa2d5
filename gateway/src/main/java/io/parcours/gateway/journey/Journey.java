package io.parcours.gateway.journey;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One persona's path with the brand: ordered stages, each with ordered touchpoints.")
public record Journey(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Name of the map, e.g. \"Online purchase\".") String name,
        @Description("What the map is for.") String description,
        @NonNull @Description("Kind of map.") MapType mapType,
        @NonNull @Description("Life-cycle status.") JourneyStatus status,
        @Id @Description("The persona whose path this is (see persona), if any.") String personaId,
        @Id @Description("The journey this one was derived from (a future state from a current state).") String derivedFromId,
        @NonNull @Description("Stages in order.") List<@NonNull Stage> stages,
        @Description("Optimistic-locking version: pass it as expectedVersion when updating.") int version,
        @NonNull @Description("When the journey was created.") Instant createdAt,
        @NonNull @Description("When the journey last changed.") Instant updatedAt) {
    // Batch resolvers key their loaders by the source object: an entity is its id (hashing every field of a
    // journey hashed all its stages and touchpoints, once per key).
    @Override
    public boolean equals(Object other) {
        return other instanceof Journey that && id.equals(that.id);
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

    public String getDescription() {
        return description;
    }

    public MapType getMapType() {
        return mapType;
    }

    public JourneyStatus getStatus() {
        return status;
    }

    public String getPersonaId() {
        return personaId;
    }

    public String getDerivedFromId() {
        return derivedFromId;
    }

    public List<Stage> getStages() {
        return stages;
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
