package io.parcours.touchpoint.journey;

import java.util.ArrayList;
import java.util.List;

import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.parcours.common.validation.CheckedInput;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * New journeys from whole documents (a JSON export, a template): checked whole, then written in one transaction, so
 * that a document is imported entirely or not at all.
 */
@ApplicationScoped
public class JourneyImports {

    private final JourneyStore store;
    private final Caller caller;

    public JourneyImports(JourneyStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** Checks the document as {@link #create} would, storing nothing. {@code argument}: its GraphQL argument. */
    public Uni<Boolean> check(CheckedInput<JourneyDocument> input, String argument) {
        return caller.workspaceToWrite().chain(workspace -> checked(input, argument)).replaceWith(true);
    }

    /** A DRAFT journey with the document's stages and touchpoints. */
    @WithTransaction
    public Uni<JourneyMap> create(CheckedInput<JourneyDocument> input, String argument) {
        return caller.workspaceToWrite()
                .chain(workspace -> checked(input, argument).chain(document -> persist(workspace, document)))
                .chain(journey -> store.maps(List.of(journey)))
                .map(maps -> maps.get(0));
    }

    private static Uni<JourneyDocument> checked(CheckedInput<JourneyDocument> input, String argument) {
        return input.value().chain(document -> StageService.repeatedName(
                        document.stages().stream().map(JourneyDocument.StageDocument::name).toList(),
                        i -> argument + ".stages[" + i + "].name")
                .map(violation -> Uni.createFrom().<JourneyDocument>failure(new ValidationException(List.of(violation))))
                .orElse(Uni.createFrom().item(document)));
    }

    private static Uni<Journey> persist(String workspace, JourneyDocument document) {
        Journey journey = Journey.draft(workspace, document.journey());
        List<Stage> stages = new ArrayList<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (JourneyDocument.StageDocument stageDocument : document.stages()) {
            Stage stage = Stage.of(journey, stageDocument.name().trim(), stages.size() + 1);
            stages.add(stage);
            List<TouchpointDetails> inStage = stageDocument.touchpointList();
            for (int i = 0; i < inStage.size(); i++) {
                Touchpoint touchpoint = Touchpoint.of(stage);
                touchpoint.apply(inStage.get(i));
                touchpoint.position = i + 1;
                touchpoints.add(touchpoint);
            }
        }
        // Hibernate Reactive refuses to persist an empty batch: a document may have no touchpoints.
        return journey.persist().chain(() -> Stage.persist(stages))
                .chain(() -> touchpoints.isEmpty() ? Uni.createFrom().voidItem() : Touchpoint.persist(touchpoints))
                .replaceWith(journey);
    }
}
