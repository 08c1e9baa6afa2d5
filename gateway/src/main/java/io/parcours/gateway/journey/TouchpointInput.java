package io.parcours.gateway.journey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;

@Input("TouchpointInput")
@Description("A touchpoint's content; touchpoint-service validates it and names any broken rule.")
public record TouchpointInput(
        @NonNull @Description("Name, 1–120 characters.") String name,
        @Description("Free description.") String description,
        @NonNull @Description("Channel of the interaction.") Channel channel,
        @Description("DIRECT (default) or INDIRECT.") InteractionType interaction,
        @Description("Team that owns it.") String ownerTeam,
        @Description("What the customer does here.") String customerAction,
        @Description("What the customer thinks here.") String customerThought,
        @Description("Designed emotion, −2 … +2.") Integer emotion,
        @Description("Known pain points.") List<String> painPoints,
        @Description("Improvement opportunities.") List<String> opportunities,
        @Description("Service blueprint: what the customer sees staff do.") List<String> frontstage,
        @Description("Service blueprint: what staff do out of sight.") List<String> backstage,
        @Description("Service blueprint: systems and processes behind it.") List<String> supportProcesses) {
}
