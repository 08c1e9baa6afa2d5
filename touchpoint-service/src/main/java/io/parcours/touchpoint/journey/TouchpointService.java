package io.parcours.touchpoint.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.parcours.common.Ids;
import io.parcours.common.error.ConflictException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.persistence.OptimisticFlush;
import io.parcours.common.persistence.Reads;
import io.parcours.common.security.Caller;
import io.parcours.common.validation.CheckedInput;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Touchpoints: batch reads, add, update, move between stages of a journey, remove. */
@ApplicationScoped
public class TouchpointService {

    private final JourneyStore store;
    private final JourneyLocks locks;
    private final Caller caller;

    public TouchpointService(JourneyStore store, JourneyLocks locks, Caller caller) {
        this.store = store;
        this.locks = locks;
        this.caller = caller;
    }

    /** One touchpoint per id in argument order, null where unknown; one query. */
    public Uni<List<Touchpoint>> findAll(List<String> ids) {
        return Ids.checkBatch(ids).chain(() -> caller.workspaceToRead())
                .chain(workspace -> Reads.inOwnSession(() -> store.touchpoints(workspace, Ids.parseAll(ids))))
                .map(found -> Ids.inArgumentOrder(ids, found, t -> t.id));
    }

    /** Inserts a touchpoint into a stage at {@code position} (1-based; the end when null). */
    @WithTransaction
    public Uni<Touchpoint> add(String stageId, CheckedInput<TouchpointDetails> input, Integer position) {
        return caller.workspaceToWrite()
                .chain(workspace -> input.value().chain(details -> locks.stageInLockedJourney(workspace, stageId)
                        .chain(located -> insert(located, details, position))));
    }

    private Uni<Touchpoint> insert(JourneyLocks.Located located, TouchpointDetails details, Integer position) {
        return store.touchpointsOf(located.stage().id).chain(siblings -> {
            if (siblings.size() >= Limits.MAX_TOUCHPOINTS_PER_STAGE) {
                return Uni.createFrom().failure(ValidationException.of("stageId",
                        "the stage already has the maximum of " + Limits.MAX_TOUCHPOINTS_PER_STAGE + " touchpoints"));
            }
            return Positions.check("position", position, siblings.size() + 1).chain(at -> {
                Touchpoint touchpoint = Touchpoint.of(located.stage());
                touchpoint.apply(details);
                List<Touchpoint> ordered = new ArrayList<>(siblings);
                ordered.add(at - 1, touchpoint);
                Positions.renumber(ordered, (t, p) -> t.position = p);
                located.journey().updatedAt = touchpoint.createdAt;
                return touchpoint.<Touchpoint>persist().call(() -> OptimisticFlush.flush("Touchpoint"));
            });
        });
    }

    /** Replaces every field, if the touchpoint is still at {@code expectedVersion}. */
    @WithTransaction
    public Uni<Touchpoint> update(String id, CheckedInput<TouchpointDetails> input, int expectedVersion) {
        return caller.workspaceToWrite()
                .chain(workspace -> input.value().chain(details -> existing(workspace, id).chain(touchpoint -> {
                    if (touchpoint.version != expectedVersion) {
                        return Uni.createFrom().failure(new ConflictException("Touchpoint " + id + " is at version "
                                + touchpoint.version + ", not expectedVersion " + expectedVersion + "; reload and retry"));
                    }
                    touchpoint.apply(details);
                    touchpoint.updatedAt = Ids.now();
                    return OptimisticFlush.flush("Touchpoint " + id).replaceWith(touchpoint);
                })));
    }

    /** Moves a touchpoint to {@code position} of a stage of the same journey; both stages stay dense. */
    @WithTransaction
    public Uni<JourneyMap> move(String id, String stageId, Integer position) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id)
                        .chain(touchpoint -> locks.stageInLockedJourney(workspace, stageId)
                                .onFailure(NotFoundException.class)
                                .transform(unknown -> ValidationException.of("stageId", "must be a stage of the touchpoint's journey"))
                                .chain(target -> moveTo(touchpoint, target, position))));
    }

    private Uni<JourneyMap> moveTo(Touchpoint touchpoint, JourneyLocks.Located target, Integer position) {
        if (!target.journey().id.equals(touchpoint.journeyId)) {
            return Uni.createFrom().failure(ValidationException.of("stageId", "must be a stage of the touchpoint's journey"));
        }
        UUID from = touchpoint.stageId;
        return store.touchpointsOf(target.stage().id).chain(targetSiblings -> {
            List<Touchpoint> ordered = new ArrayList<>(targetSiblings);
            boolean sameStage = ordered.removeIf(t -> t.id.equals(touchpoint.id));
            if (!sameStage && ordered.size() >= Limits.MAX_TOUCHPOINTS_PER_STAGE) {
                return Uni.createFrom().failure(ValidationException.of("stageId",
                        "the stage already has the maximum of " + Limits.MAX_TOUCHPOINTS_PER_STAGE + " touchpoints"));
            }
            return Positions.check("position", position, ordered.size() + 1).chain(at -> {
                ordered.add(at - 1, touchpoint);
                touchpoint.stageId = target.stage().id;
                Positions.renumber(ordered, (t, p) -> t.position = p);
                target.journey().updatedAt = Ids.now();
                Uni<Void> source = sameStage ? Uni.createFrom().voidItem() : store.touchpointsOf(from).invoke(left -> {
                    List<Touchpoint> rest = new ArrayList<>(left);
                    rest.removeIf(t -> t.id.equals(touchpoint.id));
                    Positions.renumber(rest, (t, p) -> t.position = p);
                }).replaceWithVoid();
                return source.chain(() -> locks.saved(target.journey()));
            });
        });
    }

    @WithTransaction
    public Uni<JourneyMap> remove(String id) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id)
                        .chain(touchpoint -> locks.lockedJourney(workspace, touchpoint.journeyId.toString())
                                .chain(journey -> touchpoint.delete()
                                        .chain(() -> store.touchpointsOf(touchpoint.stageId))
                                        .chain(left -> {
                                            List<Touchpoint> rest = new ArrayList<>(left);
                                            rest.removeIf(t -> t.id.equals(touchpoint.id));
                                            Positions.renumber(rest, (t, p) -> t.position = p);
                                            journey.updatedAt = Ids.now();
                                            return locks.saved(journey);
                                        }))));
    }

    private Uni<Touchpoint> existing(String workspace, String id) {
        return Ids.parse(id).map(uuid -> store.touchpoint(workspace, uuid)).orElse(Uni.createFrom().nullItem())
                .onItem().ifNull().failWith(() -> new NotFoundException("No touchpoint with id " + id));
    }
}
