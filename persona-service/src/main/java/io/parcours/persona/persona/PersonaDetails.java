package io.parcours.persona.persona;

import java.util.List;

import io.parcours.common.Channel;

/** Everything a client sets on a persona, as it was sent; Persona.apply stores it. */
public record PersonaDetails(
        String name,
        String title,
        String summary,
        String quote,
        String avatarUrl,
        AgeRange ageRange,
        String location,
        String occupation,
        String familyStatus,
        IncomeBand incomeBand,
        List<String> goals,
        List<String> frustrations,
        List<String> motivations,
        List<String> behaviours,
        List<Channel> preferredChannels,
        List<String> tags) {
}
