package io.parcours.touchpoint.journey;

import java.util.List;

import io.parcours.common.Ids;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.persistence.OptimisticFlush;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Edits of a journey's stages and touchpoints lock the journey's row for their transaction, so that two edits of
 * one map queue instead of renumbering positions over each other; and they end the same way (saved).
 */
@ApplicationScoped
class JourneyLocks {

    private final JourneyStore store;

    JourneyLocks(JourneyStore store) {
        this.store = store;
    }

    /** A stage and its journey. */
    record Located(Journey journey, Stage stage) {
    }

    /** The stage and its journey, the journey locked for the rest of the transaction. */
    Uni<Located> stageInLockedJourney(String workspace, String stageId) {
        return Ids.parse(stageId).map(id -> store.stage(workspace, id)).orElse(Uni.createFrom().nullItem())
                .onItem().ifNull().failWith(() -> new NotFoundException("No stage with id " + stageId))
                .chain(stage -> store.journeyForUpdate(workspace, stage.journeyId)
                        .map(journey -> new Located(journey, stage)));
    }

    /** The journey, locked for the rest of the transaction. */
    Uni<Journey> lockedJourney(String workspace, String journeyId) {
        return Ids.parse(journeyId).map(id -> store.journeyForUpdate(workspace, id)).orElse(Uni.createFrom().nullItem())
                .onItem().ifNull().failWith(() -> new NotFoundException("No journey with id " + journeyId));
    }

    /** Flushes an edit of stage order or membership, retires the journey's funnel progress, reads the map back. */
    Uni<JourneyMap> saved(Journey journey) {
        return OptimisticFlush.flush("Journey " + journey.id)
                .chain(() -> store.invalidateFunnel(journey.id))
                .chain(() -> store.maps(List.of(journey))).map(maps -> maps.get(0));
    }
}
