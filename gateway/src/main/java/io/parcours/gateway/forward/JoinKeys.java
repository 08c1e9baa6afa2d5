package io.parcours.gateway.forward;

import java.util.List;
import java.util.Map;

/**
 * What each field the gateway joins needs of the object it sits on, asked of that object's subgraph with the
 * client's own selection (the join itself is another subgraph's, or the gateway's).
 */
final class JoinKeys {

    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("Journey.persona", List.of("personaId")),
            Map.entry("Journey.funnel", List.of("id")),
            Map.entry("Journey.feedback", List.of("id")),
            Map.entry("Journey.invitationStats", List.of("id")),
            // The curve is per touchpoint in journey order, from the designed emotions; it also reads their scores.
            Map.entry("Journey.emotionCurve", List.of("id", "stages.id", "stages.name", "stages.touchpoints.id",
                    "stages.touchpoints.name", "stages.touchpoints.emotion")),
            Map.entry("Stage.feedback", List.of("id")),
            Map.entry("Stage.invitationStats", List.of("id")),
            Map.entry("Touchpoint.feedback", List.of("id")),
            Map.entry("Touchpoint.surveys", List.of("id")),
            Map.entry("Touchpoint.invitationStats", List.of("id")),
            Map.entry("Persona.journeys", List.of("id")));

    private JoinKeys() {
    }

    static List<String> of(String coordinates) {
        return KEYS.getOrDefault(coordinates, List.of());
    }
}
