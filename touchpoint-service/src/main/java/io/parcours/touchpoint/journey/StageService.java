package io.parcours.touchpoint.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

import io.parcours.common.Ids;
import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.parcours.common.persistence.OptimisticFlush;
import io.parcours.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Adding, renaming, reordering and removing stages. Each edit locks its journey, so edits of one map queue. */
@ApplicationScoped
public class StageService {

    private final JourneyStore store;
    private final JourneyLocks locks;
    private final Caller caller;

    public StageService(JourneyStore store, JourneyLocks locks, Caller caller) {
        this.store = store;
        this.locks = locks;
        this.caller = caller;
    }

    /** Inserts a stage at {@code position} (1-based; the end when null). */
    @WithTransaction
    public Uni<JourneyMap> add(String journeyId, String name, Integer position) {
        return caller.workspaceToWrite()
                .call(() -> checkName("name", name))
                .chain(workspace -> locks.lockedJourney(workspace, journeyId))
                .chain(journey -> store.stagesOf(journey.id).chain(stages -> {
                    if (stages.size() >= Limits.MAX_STAGES) {
                        return Uni.createFrom().failure(ValidationException.of("journeyId",
                                "the journey already has the maximum of " + Limits.MAX_STAGES + " stages"));
                    }
                    return refuseTakenName(stages, name, null)
                            .chain(() -> Positions.check("position", position, stages.size() + 1))
                            .chain(at -> {
                                Stage stage = Stage.of(journey, name.trim(), at);
                                List<Stage> ordered = new ArrayList<>(stages);
                                ordered.add(at - 1, stage);
                                Positions.renumber(ordered, (s, p) -> s.position = p);
                                journey.updatedAt = Ids.now();
                                return stage.persist().chain(() -> locks.saved(journey));
                            });
                }));
    }

    @WithTransaction
    public Uni<JourneyMap> rename(String stageId, String name) {
        return caller.workspaceToWrite()
                .call(() -> checkName("name", name))
                .chain(workspace -> locks.stageInLockedJourney(workspace, stageId))
                .chain(located -> store.stagesOf(located.journey().id).chain(stages -> {
                    return refuseTakenName(stages, name, located.stage().id).chain(() -> {
                        located.stage().name = name.trim();
                        located.journey().updatedAt = Ids.now();
                        // A name is not part of the funnel: its progress stays valid.
                        return OptimisticFlush.flush("Journey " + located.journey().id)
                                .chain(() -> store.maps(List.of(located.journey()))).map(maps -> maps.get(0));
                    });
                }));
    }

    /** Moves a stage to {@code position} (1-based) within its journey. */
    @WithTransaction
    public Uni<JourneyMap> move(String stageId, int position) {
        return caller.workspaceToWrite()
                .chain(workspace -> locks.stageInLockedJourney(workspace, stageId))
                .chain(located -> store.stagesOf(located.journey().id).chain(stages ->
                        Positions.check("position", position, stages.size()).chain(at -> {
                            List<Stage> ordered = new ArrayList<>(stages);
                            ordered.removeIf(s -> s.id.equals(located.stage().id));
                            ordered.add(at - 1, located.stage());
                            Positions.renumber(ordered, (s, p) -> s.position = p);
                            located.journey().updatedAt = Ids.now();
                            return locks.saved(located.journey());
                        })));
    }

    /**
     * Removes a stage. A stage with touchpoints needs an explicit choice: MOVE them to another stage of
     * the journey, or DELETE them.
     */
    @WithTransaction
    public Uni<JourneyMap> remove(String stageId, StageRemoval removal, String moveToStageId) {
        return caller.workspaceToWrite()
                .chain(workspace -> locks.stageInLockedJourney(workspace, stageId))
                .chain(located -> store.touchpointsOf(located.stage().id).chain(touchpoints -> {
                    Stage stage = located.stage();
                    Uni<Void> handled;
                    if (touchpoints.isEmpty() || removal == StageRemoval.DELETE) {
                        handled = Touchpoint.delete("stageId", stage.id).replaceWithVoid();
                    } else if (removal == StageRemoval.MOVE) {
                        handled = moveAll(stage, touchpoints, moveToStageId);
                    } else {
                        handled = Uni.createFrom().failure(ValidationException.of("touchpoints", "the stage has "
                                + touchpoints.size() + " touchpoints: pass MOVE with moveToStageId, or DELETE"));
                    }
                    return handled
                            .chain(() -> stage.delete())
                            .chain(() -> store.stagesOf(stage.journeyId))
                            .chain(rest -> {
                                List<Stage> remaining = new ArrayList<>(rest);
                                remaining.removeIf(s -> s.id.equals(stage.id));
                                Positions.renumber(remaining, (s, p) -> s.position = p);
                                located.journey().updatedAt = Ids.now();
                                return locks.saved(located.journey());
                            });
                }));
    }

    private Uni<Void> moveAll(Stage from, List<Touchpoint> touchpoints, String moveToStageId) {
        Optional<UUID> targetId = Ids.parse(moveToStageId).filter(id -> !id.equals(from.id));
        Uni<Stage> target = targetId.map(id -> store.stage(from.workspaceId, id)).orElse(Uni.createFrom().nullItem());
        return target.chain(stage -> {
            if (stage == null || !stage.journeyId.equals(from.journeyId)) {
                return Uni.createFrom().failure(ValidationException.of("moveToStageId",
                        "must be another stage of the same journey"));
            }
            return store.touchpointsOf(stage.id).chain(existing -> {
                if (existing.size() + touchpoints.size() > Limits.MAX_TOUCHPOINTS_PER_STAGE) {
                    return Uni.createFrom().failure(ValidationException.of("moveToStageId", "the stage would exceed "
                            + Limits.MAX_TOUCHPOINTS_PER_STAGE + " touchpoints"));
                }
                List<Touchpoint> merged = new ArrayList<>(existing);
                merged.addAll(touchpoints);
                merged.forEach(t -> t.stageId = stage.id);
                Positions.renumber(merged, (t, p) -> t.position = p);
                return Uni.createFrom().voidItem();
            });
        });
    }

    static Optional<Violation> stageNameViolation(String field, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(new Violation(field, "must not be blank"));
        }
        if (name.trim().length() > Limits.MAX_STAGE_NAME) {
            return Optional.of(new Violation(field, "size must be between 1 and " + Limits.MAX_STAGE_NAME));
        }
        return Optional.empty();
    }

    /**
     * A stage name is unique within its journey, ignoring case and surrounding spaces: two "Purchase" columns cannot be
     * told apart on the map, in the funnel or in an export. {@code self}: the stage being renamed, null for a new one.
     */
    private static Uni<Void> refuseTakenName(List<Stage> stages, String name, UUID self) {
        return stages.stream().filter(stage -> !stage.id.equals(self) && sameName(stage.name, name)).findFirst()
                .map(stage -> Uni.createFrom().<Void>failure(ValidationException.of("name",
                        "must differ from the journey's other stages: \"" + stage.name + "\" is stage " + stage.position)))
                .orElse(Uni.createFrom().voidItem());
    }

    private static boolean sameName(String one, String other) {
        return one != null && other != null && one.trim().equalsIgnoreCase(other.trim());
    }

    /** The same rule for a new journey's stage names: each must differ from those before it. */
    static Optional<Violation> repeatedName(List<String> names, IntFunction<String> fieldOf) {
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sameName(names.get(i), names.get(j))) {
                    return Optional.of(new Violation(fieldOf.apply(i),
                            "must differ from " + fieldOf.apply(j) + " (\"" + names.get(j).trim() + "\")"));
                }
            }
        }
        return Optional.empty();
    }

    private static Uni<Void> checkName(String field, String name) {
        return stageNameViolation(field, name).map(v -> Uni.createFrom().<Void>failure(new ValidationException(List.of(v))))
                .orElse(Uni.createFrom().voidItem());
    }
}
