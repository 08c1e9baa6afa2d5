package io.parcours.touchpoint.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.parcours.common.Ids;

/** A deep copy of a journey map with fresh ids: the start of a future-state (or other) map. */
record JourneyCopy(Journey journey, List<Stage> stages, List<Touchpoint> touchpoints) {

    static JourneyCopy of(JourneyMap source, MapType mapType, String name) {
        Journey journey = new Journey();
        journey.id = UUID.randomUUID();
        journey.workspaceId = source.journey().workspaceId;
        journey.name = name == null ? source.journey().name : name;
        journey.description = source.journey().description;
        journey.personaId = source.journey().personaId;
        journey.mapType = mapType;
        journey.status = JourneyStatus.DRAFT;
        journey.derivedFromId = source.journey().id;
        journey.createdAt = Ids.now();
        journey.updatedAt = journey.createdAt;
        List<Stage> stages = new ArrayList<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Stage original : source.stages()) {
            Stage stage = Stage.of(journey, original.name, original.position);
            stages.add(stage);
            for (Touchpoint touchpoint : source.touchpointsOf(original)) {
                touchpoints.add(copy(touchpoint, stage, journey.createdAt));
            }
        }
        return new JourneyCopy(journey, stages, touchpoints);
    }

    private static Touchpoint copy(Touchpoint original, Stage stage, Instant now) {
        Touchpoint copy = new Touchpoint();
        copy.id = UUID.randomUUID();
        copy.journeyId = stage.journeyId;
        copy.stageId = stage.id;
        copy.workspaceId = stage.workspaceId;
        copy.position = original.position;
        copy.name = original.name;
        copy.description = original.description;
        copy.channel = original.channel;
        copy.interaction = original.interaction;
        copy.ownerTeam = original.ownerTeam;
        copy.customerAction = original.customerAction;
        copy.customerThought = original.customerThought;
        copy.emotion = original.emotion;
        copy.painPoints = new ArrayList<>(original.painPoints);
        copy.opportunities = new ArrayList<>(original.opportunities);
        copy.frontstage = new ArrayList<>(original.frontstage);
        copy.backstage = new ArrayList<>(original.backstage);
        copy.supportProcesses = new ArrayList<>(original.supportProcesses);
        copy.createdAt = now;
        copy.updatedAt = now;
        return copy;
    }
}
