package io.parcours.persona.graphql;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;
import io.parcours.persona.persona.Persona;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Name("Persona")
@Key(fields = @FieldSet("id"))
@Description("A semi-fictional portrait of a customer type: who they are, what they want, what gets in their way.")
public record PersonaView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Display name, e.g. \"Sofia\".") String name,
        @Description("Archetype label, e.g. \"Busy parent\".") String title,
        @Description("A paragraph describing the persona.") String summary,
        @Description("A representative quote in the persona's own words.") String quote,
        @Description("URL of the avatar image.") String avatarUrl,
        @NonNull @Description("Demographic bands; members are null where unknown.") DemographicsView demographics,
        @NonNull @Description("What the persona wants to achieve.") List<@NonNull String> goals,
        @NonNull @Description("What gets in the persona's way.") List<@NonNull String> frustrations,
        @NonNull @Description("Why the persona acts.") List<@NonNull String> motivations,
        @NonNull @Description("Observed habits.") List<@NonNull String> behaviours,
        @NonNull @Description("Preferred channels, most preferred first.") List<@NonNull Channel> preferredChannels,
        @NonNull @Description("Free labels for filtering.") List<@NonNull String> tags,
        @Description("Archived personas are hidden from listings unless asked for, and stay readable by id.") boolean archived,
        @Description("Optimistic-locking version: pass it as expectedVersion when updating. Grows by one per change.") int version,
        @NonNull @Description("When the persona was created.") Instant createdAt,
        @NonNull @Description("When the persona last changed.") Instant updatedAt) {

    public static PersonaView of(Persona persona) {
        return persona == null ? null : new PersonaView(persona.id.toString(), persona.name, persona.title,
                persona.summary, persona.quote, persona.avatarUrl, DemographicsView.of(persona.demographics),
                List.copyOf(persona.goals), List.copyOf(persona.frustrations), List.copyOf(persona.motivations),
                List.copyOf(persona.behaviours), persona.preferredChannels.stream().map(Channel::valueOf).toList(),
                List.copyOf(persona.tags), persona.archived, Math.toIntExact(persona.version),
                persona.createdAt, persona.updatedAt);
    }
}
