package io.parcours.gateway.persona;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;

@Input("PersonaInput")
@Description("A persona's content; persona-service validates it (lengths, list sizes, URL form) and names any broken rule.")
public record PersonaInput(
        @NonNull @Description("Display name, 1–120 characters.") String name,
        @Description("Archetype label.") String title,
        @Description("A paragraph describing the persona.") String summary,
        @Description("A representative quote.") String quote,
        @Description("http(s) URL of the avatar image.") String avatarUrl,
        @Description("Demographic bands.") Demographics demographics,
        @Description("What the persona wants to achieve.") List<String> goals,
        @Description("What gets in the persona's way.") List<String> frustrations,
        @Description("Why the persona acts.") List<String> motivations,
        @Description("Observed habits.") List<String> behaviours,
        @Description("Preferred channels, most preferred first.") List<Channel> preferredChannels,
        @Description("Free labels for filtering.") List<String> tags) {
}
