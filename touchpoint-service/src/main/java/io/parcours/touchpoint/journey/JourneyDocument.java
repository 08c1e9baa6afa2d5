package io.parcours.touchpoint.journey;

import java.util.List;

/** A whole journey map as a file holds it (an export, a template): its own fields, then its stages in order. */
public record JourneyDocument(JourneyDetails journey, List<StageDocument> stages) {

    /** A stage with its touchpoints, top to bottom (null: none). */
    public record StageDocument(String name, List<TouchpointDetails> touchpoints) {

        List<TouchpointDetails> touchpointList() {
            return touchpoints == null ? List.of() : touchpoints;
        }
    }
}
