package io.parcours.touchpoint.graphql;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.Journey;
import io.parcours.touchpoint.journey.JourneyMap;
import io.parcours.touchpoint.journey.JourneyStatus;
import io.parcours.touchpoint.journey.MapType;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Name("Journey")
@Key(fields = @FieldSet("id"))
@Description("One persona's path with the brand: a map of ordered stages and their touchpoints.")
public record JourneyView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Name, e.g. \"First online order\".") String name,
        @Description("What the journey covers.") String description,
        @Id @Description("The persona (of persona-service) whose path this is.") String personaId,
        @NonNull @Description("What the map describes.") MapType mapType,
        @NonNull @Description("Life-cycle status.") JourneyStatus status,
        @Id @Description("The journey this one was derived from (deriveJourney), if any.") String derivedFromId,
        @Description("Optimistic-locking version: pass it as expectedVersion. Stage and touchpoint edits also raise it.") int version,
        @NonNull @Description("When it was created.") Instant createdAt,
        @NonNull @Description("When it, its stages or its touchpoints last changed.") Instant updatedAt,
        @NonNull @Description("The stages in order, each with its touchpoints.") List<@NonNull StageView> stages) {

    public static JourneyView of(JourneyMap map) {
        if (map == null) {
            return null;
        }
        Journey j = map.journey();
        return new JourneyView(j.id.toString(), j.name, j.description, text(j.personaId), j.mapType, j.status,
                text(j.derivedFromId), Math.toIntExact(j.version), j.createdAt, j.updatedAt,
                map.stages().stream().map(stage -> StageView.of(stage, map)).toList());
    }

    /** Per group (e.g. per persona), its maps as views. */
    static List<List<JourneyView>> ofGroups(List<List<JourneyMap>> groups) {
        return groups.stream().map(maps -> maps.stream().map(JourneyView::of).toList()).toList();
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
