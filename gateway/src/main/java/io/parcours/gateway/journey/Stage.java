package io.parcours.gateway.journey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A phase of a journey, e.g. \"Decision\".")
public record Stage(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Stage name.") String name,
        @Description("1-based position in the journey.") int position,
        @NonNull @Description("Touchpoints of the stage in order.") List<@NonNull Touchpoint> touchpoints) {
    // Batch resolvers key their loaders by the source object: an entity is its id (hashing every field of a
    // journey hashed all its stages and touchpoints, once per key).
    @Override
    public boolean equals(Object other) {
        return other instanceof Stage that && id.equals(that.id);
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

    public int getPosition() {
        return position;
    }

    public List<Touchpoint> getTouchpoints() {
        return touchpoints;
    }
}
