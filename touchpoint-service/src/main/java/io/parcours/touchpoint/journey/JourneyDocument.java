package io.parcours.touchpoint.journey;

import java.util.List;

/** A whole journey map as a file holds it (an export, a template): its own fields, then its stages in order. */
public record JourneyDocument(JourneyDetails journey, List<StageDocument> stages) {

    /** A map's stages and touchpoints, in order, as a document holds them. */
    static List<StageDocument> stagesOf(JourneyMap map) {
        return map.stages().stream().map(stage -> new StageDocument(stage.name, map.touchpointsOf(stage).stream()
                .map(JourneyDocument::details).toList())).toList();
    }

    private static TouchpointDetails details(Touchpoint tp) {
        return new TouchpointDetails(tp.name, tp.description, tp.channel, tp.interaction, tp.ownerTeam,
                tp.customerAction, tp.customerThought, tp.emotion == null ? null : tp.emotion.intValue(),
                List.copyOf(tp.painPoints), List.copyOf(tp.opportunities), List.copyOf(tp.frontstage),
                List.copyOf(tp.backstage), List.copyOf(tp.supportProcesses));
    }

    /** A stage with its touchpoints, top to bottom (null: none). */
    public record StageDocument(String name, List<TouchpointDetails> touchpoints) {

        public List<TouchpointDetails> touchpointList() {
            return touchpoints == null ? List.of() : touchpoints;
        }
    }
}
