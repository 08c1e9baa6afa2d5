package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.parcours.gateway.journey.Journey;
import io.parcours.gateway.journey.Stage;
import io.parcours.gateway.journey.Touchpoint;
import io.parcours.gateway.subgraph.CallerRequest;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The feedback-service reads behind stage and touchpoint fields, shared by their resolvers, the emotion curve and
 * the journey prefetch: asked for the same ids in one GraphQL request, feedback-service is called once.
 */
@ApplicationScoped
public class FeedbackReads {

    private final FeedbackClient client;
    private final Subgraph subgraph;
    private final CallerRequest caller;

    public FeedbackReads(FeedbackClient client, @Named(Subgraphs.FEEDBACK) Subgraph subgraph, CallerRequest caller) {
        this.client = client;
        this.subgraph = subgraph;
        this.caller = caller;
    }

    /** Every touchpoint of these journeys in journey order: how resolvers and the prefetch ask, so reads match. */
    public static List<String> touchpointIds(List<Journey> journeys) {
        return journeys.stream().flatMap(journey -> journey.stages().stream())
                .flatMap(stage -> stage.touchpoints().stream()).map(Touchpoint::id).toList();
    }

    /** Summaries over from ≤ submittedAt < to (all time without bounds), one per journey id in order. */
    public Uni<List<FeedbackSummary>> journeySummaries(List<String> ids, OffsetDateTime from, OffsetDateTime to) {
        return subgraph.read("summariesByJourneyIds", Arrays.asList(ids, from, to),
                auth -> client.summariesByJourneyIds(auth, ids, from, to));
    }

    /** All-time summaries, one per touchpoint id in order. */
    public Uni<List<FeedbackSummary>> touchpointSummaries(CallerRequest.Current current, List<String> ids) {
        return subgraph.read(current, "summariesByTouchpointIds", List.of(ids),
                auth -> client.summariesByTouchpointIds(auth, ids, null, null));
    }

    /** All-time summaries, one per stage id in order. */
    public Uni<List<FeedbackSummary>> stageSummaries(CallerRequest.Current current, List<String> ids) {
        return subgraph.read(current, "summariesByStageIds", List.of(ids),
                auth -> client.summariesByStageIds(auth, ids, null, null));
    }

    /** Surveys about each touchpoint id, in order. */
    public Uni<List<List<Survey>>> touchpointSurveys(CallerRequest.Current current, List<String> ids) {
        return subgraph.read(current, "surveysByTouchpointIds", List.of(ids), auth -> client.surveysByTouchpointIds(auth, ids));
    }

    public CallerRequest.Current caller() {
        return caller.current();
    }

    /**
     * Starts, as soon as a journey is known, the feedback reads its selection will need at deeper levels.
     * GraphQL resolves stage and touchpoint fields only after every field of the levels above them (persona,
     * funnel, …) is done; they do not depend on those, so their requests start now, in parallel, and the
     * resolvers find them made. Ids are in journey order, as the resolvers will ask for them.
     */
    public void prefetch(CallerRequest.Current current, Journey journey, DataFetchingFieldSelectionSet selection) {
        List<String> stageIds = journey.stages().stream().map(Stage::id).toList();
        List<String> touchpointIds = touchpointIds(List.of(journey));
        if (selection.contains("stages/feedback") && !stageIds.isEmpty()) {
            start(stageSummaries(current, stageIds));
        }
        if ((selection.contains("stages/touchpoints/feedback") || selection.contains("emotionCurve")) && !touchpointIds.isEmpty()) {
            start(touchpointSummaries(current, touchpointIds));
        }
        if (selection.contains("stages/touchpoints/surveys") && !touchpointIds.isEmpty()) {
            start(touchpointSurveys(current, touchpointIds));
        }
    }

    private static void start(Uni<?> read) {
        // Failures reach the field that asks for this read; nothing to do with them here.
        read.subscribe().with(ignored -> { }, ignored -> { });
    }
}
