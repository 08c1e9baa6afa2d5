package io.parcours.touchpoint.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.parcours.common.Ids;
import io.parcours.common.error.ConflictException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.parcours.common.paging.PageRequest;
import io.parcours.common.persistence.OptimisticFlush;
import io.parcours.common.persistence.Reads;
import io.parcours.common.security.Caller;
import io.parcours.common.security.Role;
import io.parcours.common.validation.CheckedInput;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Journeys as a whole: reading maps, creating from templates, editing, status changes, deriving. */
@ApplicationScoped
public class JourneyService {

    private final JourneyStore store;
    private final Caller caller;

    public JourneyService(JourneyStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** The journey map, or null when the id is unknown in the caller's workspace. */
    public Uni<JourneyMap> find(String id) {
        return caller.workspaceToRead().chain(workspace -> Reads.inOwnSession(() -> Ids.parse(id)
                .map(uuid -> store.journey(workspace, uuid)).orElse(Uni.createFrom().nullItem())
                .chain(journey -> journey == null ? Uni.createFrom().nullItem()
                        : store.maps(List.of(journey)).map(maps -> maps.get(0)))));
    }

    /** One map per id in argument order, null where unknown; three queries whatever the number. */
    public Uni<List<JourneyMap>> findAll(List<String> ids) {
        return Ids.checkBatch(ids).chain(() -> caller.workspaceToRead())
                .chain(workspace -> Reads.inOwnSession(() -> store.journeys(workspace, Ids.parseAll(ids)).chain(store::maps)))
                .map(maps -> Ids.inArgumentOrder(ids, maps, m -> m.journey().id));
    }

    /** Per persona id, in argument order, that persona's journeys (oldest first). */
    public Uni<List<List<JourneyMap>>> byPersonas(List<String> personaIds) {
        return Ids.checkBatch(personaIds).chain(() -> caller.workspaceToRead())
                .chain(workspace -> Reads.inOwnSession(() -> store.journeysOfPersonas(workspace, Ids.parseAll(personaIds))
                        .chain(store::maps)))
                .map(maps -> {
                    Map<UUID, List<JourneyMap>> byPersona = maps.stream()
                            .collect(Collectors.groupingBy(m -> m.journey().personaId));
                    return personaIds.stream().map(id -> Ids.parse(id).map(byPersona::get).orElse(null))
                            .map(found -> found == null ? List.<JourneyMap>of() : found).toList();
                });
    }

    public Uni<JourneyPage> list(JourneyFilter filter, Integer first, String after) {
        Optional<Violation> invalid = filter.violation();
        if (invalid.isPresent()) {
            return Uni.createFrom().failure(new ValidationException(List.of(invalid.get())));
        }
        return PageRequest.of(first, after).chain(page -> caller.workspaceToRead()
                .chain(workspace -> Reads.inOwnSession(() -> store.page(workspace, filter, page.after(), page.size() + 1)
                        .chain(rows -> store.maps(rows.subList(0, Math.min(page.size(), rows.size())))
                                .chain(maps -> store.count(workspace, filter)
                                        .map(total -> new JourneyPage(maps, rows.size() > page.size(), total)))))));
    }

    @WithTransaction
    public Uni<JourneyMap> create(CheckedInput<JourneyDetails> input, StageTemplate template, List<String> stageNames) {
        return caller.workspaceToWrite()
                .chain(workspace -> input.value().call(() -> checkStageNames(template, stageNames)).chain(details -> {
                    Journey journey = Journey.draft(workspace, details);
                    List<String> names = template == StageTemplate.CUSTOM ? stageNames : template.stageNames();
                    List<Stage> stages = new ArrayList<>();
                    for (String name : names) {
                        stages.add(Stage.of(journey, name.trim(), stages.size() + 1));
                    }
                    return journey.persist().chain(() -> Stage.persist(stages)).replaceWith(journey);
                }))
                .chain(journey -> store.maps(List.of(journey)).map(maps -> maps.get(0)));
    }

    /** Replaces the journey's own fields, if it is still at {@code expectedVersion}. */
    @WithTransaction
    public Uni<JourneyMap> update(String id, CheckedInput<JourneyDetails> input, int expectedVersion) {
        return caller.workspaceToWrite()
                .chain(workspace -> input.value().chain(details -> existing(workspace, id, expectedVersion)
                        .invoke(journey -> {
                            journey.apply(details);
                            journey.updatedAt = Ids.now();
                        })))
                .chain(this::flushedMap);
    }

    /** Along {@link JourneyStatus#next()}; anything else is a VALIDATION error. */
    @WithTransaction
    public Uni<JourneyMap> setStatus(String id, JourneyStatus status, int expectedVersion) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id, expectedVersion))
                .chain(journey -> {
                    if (!journey.status.next().contains(status)) {
                        return Uni.createFrom().failure(ValidationException.of("status", "cannot change from "
                                + journey.status + " to " + status + "; allowed: " + journey.status.next()));
                    }
                    journey.status = status;
                    journey.updatedAt = Ids.now();
                    return flushedMap(journey);
                });
    }

    /**
     * A deep copy (stages and touchpoints) as a new draft of the given map type, linked by derivedFromId, named
     * {@code name} or as its source.
     */
    @WithTransaction
    public Uni<JourneyMap> derive(String id, MapType mapType, String name) {
        return caller.workspaceToWrite()
                .call(() -> name != null && (name.isBlank() || name.length() > Limits.MAX_JOURNEY_NAME)
                        ? Uni.createFrom().failure(ValidationException.of("name",
                                "must be 1 to " + Limits.MAX_JOURNEY_NAME + " characters, not blank"))
                        : Uni.createFrom().voidItem())
                .chain(workspace -> Ids.parse(id).map(uuid -> store.journey(workspace, uuid))
                        .orElse(Uni.createFrom().nullItem()))
                .onItem().ifNull().failWith(() -> new NotFoundException("No journey with id " + id))
                .chain(source -> store.maps(List.of(source)))
                .chain(maps -> {
                    JourneyCopy copy = JourneyCopy.of(maps.get(0), mapType, name);
                    // Hibernate Reactive refuses to persist an empty batch: a map may have no stages or touchpoints.
                    return copy.journey().persist()
                            .chain(() -> copy.stages().isEmpty() ? Uni.createFrom().voidItem() : Stage.persist(copy.stages()))
                            .chain(() -> copy.touchpoints().isEmpty() ? Uni.createFrom().voidItem()
                                    : Touchpoint.persist(copy.touchpoints()))
                            .chain(() -> store.maps(List.of(copy.journey())));
                })
                .map(maps -> maps.get(0));
    }

    /**
     * Deletes the journey with its stages, touchpoints and the interactions recorded on them, if it is still at
     * {@code expectedVersion}; admins only. Locked like a structural edit, so none runs beside it.
     */
    @WithTransaction
    public Uni<JourneyDeletion> delete(String id, int expectedVersion) {
        return caller.workspaceIfAnyRole(Role.ADMINS, "delete journeys")
                .chain(workspace -> atVersion(id, expectedVersion, Ids.parse(id)
                        .map(uuid -> store.journeyForUpdate(workspace, uuid)).orElse(Uni.createFrom().nullItem()))
                        .chain(journey -> store.maps(List.of(journey)))
                        .chain(maps -> store.delete(workspace, maps.get(0).journey().id)
                                .map(removed -> JourneyDeletion.of(maps.get(0), removed))));
    }

    Uni<Journey> existing(String workspace, String id, int expectedVersion) {
        return atVersion(id, expectedVersion,
                Ids.parse(id).map(uuid -> store.journey(workspace, uuid)).orElse(Uni.createFrom().nullItem()));
    }

    private static Uni<Journey> atVersion(String id, int expectedVersion, Uni<Journey> found) {
        return found
                .onItem().ifNull().failWith(() -> new NotFoundException("No journey with id " + id))
                .chain(journey -> journey.version == expectedVersion ? Uni.createFrom().item(journey)
                        : Uni.createFrom().failure(new ConflictException("Journey " + id + " is at version "
                                + journey.version + ", not expectedVersion " + expectedVersion + "; reload and retry")));
    }

    private Uni<JourneyMap> flushedMap(Journey journey) {
        return OptimisticFlush.flush("Journey " + journey.id).chain(() -> store.maps(List.of(journey))).map(maps -> maps.get(0));
    }

    private static Uni<Void> checkStageNames(StageTemplate template, List<String> stageNames) {
        List<String> names = stageNames == null ? List.of() : stageNames;
        List<Violation> violations = new ArrayList<>();
        if (template != StageTemplate.CUSTOM && !names.isEmpty()) {
            violations.add(new Violation("stageNames", "must be empty unless template is CUSTOM"));
        }
        if (template == StageTemplate.CUSTOM && (names.isEmpty() || names.size() > Limits.MAX_STAGES)) {
            violations.add(new Violation("stageNames", "must hold 1 to " + Limits.MAX_STAGES + " names for a CUSTOM template"));
        }
        for (int i = 0; i < names.size(); i++) {
            StageService.stageNameViolation("stageNames[" + i + "]", names.get(i)).ifPresent(violations::add);
        }
        StageService.repeatedName(names, i -> "stageNames[" + i + "]").ifPresent(violations::add);
        return violations.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new ValidationException(violations));
    }


}
