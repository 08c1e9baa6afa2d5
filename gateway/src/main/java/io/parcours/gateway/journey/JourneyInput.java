package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("JourneyInput")
@Description("A journey's own fields; touchpoint-service validates them and names any broken rule.")
public record JourneyInput(
        @NonNull @Description("Name, 1–120 characters.") String name,
        @Description("What the map is for.") String description,
        @Description("Kind of map (default CURRENT_STATE).") MapType mapType,
        @Description("The persona whose path this is.") String personaId) {
}
