package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
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

    /** The most ids feedback-service takes in one batch: more are read in slices. */
    private static final int MAX_BATCH = 1_000;

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
        CallerRequest.Current current = caller();
        return sliced(ids, slice -> subgraph.read(current, "summariesByJourneyIds", Arrays.asList(slice, from, to),
                auth -> client.summariesByJourneyIds(auth, slice, from, to)));
    }

    /** Summaries over from ≤ submittedAt < to (all time without bounds), one per touchpoint id in order. */
    public Uni<List<FeedbackSummary>> touchpointSummaries(CallerRequest.Current current, List<String> ids,
            OffsetDateTime from, OffsetDateTime to) {
        return sliced(ids, slice -> subgraph.read(current, "summariesByTouchpointIds", Arrays.asList(slice, from, to),
                auth -> client.summariesByTouchpointIds(auth, slice, from, to)));
    }

    /** Summaries over from ≤ submittedAt < to (all time without bounds), one per stage id in order. */
    public Uni<List<FeedbackSummary>> stageSummaries(CallerRequest.Current current, List<String> ids,
            OffsetDateTime from, OffsetDateTime to) {
        return sliced(ids, slice -> subgraph.read(current, "summariesByStageIds", Arrays.asList(slice, from, to),
                auth -> client.summariesByStageIds(auth, slice, from, to)));
    }

    /** Surveys about each touchpoint id, in order. */
    public Uni<List<List<Survey>>> touchpointSurveys(CallerRequest.Current current, List<String> ids) {
        return sliced(ids, slice -> subgraph.read(current, "surveysByTouchpointIds", List.of(slice),
                auth -> client.surveysByTouchpointIds(auth, slice)));
    }

    /**
     * No read for no ids, one for up to MAX_BATCH; more (a page of large journeys) are read in slices of that
     * size, one request each, and the answers joined in order.
     */
    private static <T> Uni<List<T>> sliced(List<String> ids, Function<List<String>, Uni<List<T>>> read) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (ids.size() <= MAX_BATCH) {
            return read.apply(ids);
        }
        List<Uni<List<T>>> slices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_BATCH) {
            slices.add(read.apply(List.copyOf(ids.subList(from, Math.min(ids.size(), from + MAX_BATCH)))));
        }
        return Uni.join().all(slices).andFailFast().map(parts -> parts.stream().flatMap(List::stream).toList());
    }

    public CallerRequest.Current caller() {
        return caller.current();
    }

    /**
     * Starts, as soon as journeys are known, the feedback reads their selection will need at deeper levels, as one
     * feedback-service request. GraphQL resolves stage and touchpoint fields only after every field of the levels
     * above them (persona, funnel, …) is done; they do not depend on those, so the request starts now and the
     * resolvers find their parts made. Ids are in journey order, as the resolvers will ask for them.
     *
     * @param path where the journeys sit in the selection: "" under journey, "edges/node/" under journeys
     */
    public void prefetch(CallerRequest.Current current, List<Journey> journeys, DataFetchingFieldSelectionSet selection,
            String path) {
        List<String> journeyIds = journeys.stream().map(Journey::id).toList();
        List<String> stageIds = journeys.stream().flatMap(journey -> journey.stages().stream()).map(Stage::id).toList();
        List<String> touchpointIds = touchpointIds(journeys);
        List<String> summarized = allTime(selection, path + "feedback") ? journeyIds : List.of();
        List<String> stages = allTime(selection, path + "stages/feedback") ? stageIds : List.of();
        List<String> touchpoints = allTime(selection, path + "stages/touchpoints/feedback")
                || allTime(selection, path + "emotionCurve") ? touchpointIds : List.of();
        List<String> surveyed = selection.contains(path + "stages/touchpoints/surveys") ? touchpointIds : List.of();
        List<List<String>> parts = List.of(summarized, stages, touchpoints, surveyed);
        if (parts.stream().allMatch(List::isEmpty) || parts.stream().anyMatch(ids -> ids.size() > MAX_BATCH)) {
            return; // nothing to fetch, or more than one request may carry: the resolvers ask for themselves
        }
        Uni<FeedbackBatch> all = subgraph.read(current, "feedbackBatch", parts,
                auth -> client.feedbackBatch(auth, summarized, stages, touchpoints, surveyed));
        if (!summarized.isEmpty()) {
            subgraph.provide(current, "summariesByJourneyIds", Arrays.asList(summarized, null, null),
                    all.map(FeedbackBatch::journeys));
        }
        if (!stages.isEmpty()) {
            subgraph.provide(current, "summariesByStageIds", Arrays.asList(stages, null, null),
                    all.map(FeedbackBatch::stages));
        }
        if (!touchpoints.isEmpty()) {
            subgraph.provide(current, "summariesByTouchpointIds", Arrays.asList(touchpoints, null, null),
                    all.map(FeedbackBatch::touchpoints));
        }
        if (!surveyed.isEmpty()) {
            subgraph.provide(current, "surveysByTouchpointIds", List.of(surveyed), all.map(FeedbackBatch::surveys));
        }
        start(all);
    }

    /** Whether a field is selected over all time only (a range is read by its resolver, not prefetched). */
    private static boolean allTime(DataFetchingFieldSelectionSet selection, String fieldPath) {
        List<SelectedField> fields = selection.getFields(fieldPath);
        return !fields.isEmpty() && fields.stream()
                .allMatch(field -> field.getArguments().values().stream().allMatch(Objects::isNull));
    }

    private static void start(Uni<?> read) {
        // Failures reach the field that asks for this read; nothing to do with them here.
        read.subscribe().with(ignored -> { }, ignored -> { });
    }
}
