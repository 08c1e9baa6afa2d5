package io.parcours.touchpoint.journey;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A journey with its stages in order and each stage's touchpoints in order. */
public record JourneyMap(Journey journey, List<Stage> stages, Map<UUID, List<Touchpoint>> touchpointsByStage) {

    public List<Touchpoint> touchpointsOf(Stage stage) {
        return touchpointsByStage.getOrDefault(stage.id, List.of());
    }
}
