package io.parcours.gateway.feedback;

import static io.parcours.gateway.subgraph.JsonTree.list;
import static io.parcours.gateway.subgraph.JsonTree.object;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import io.parcours.gateway.forward.Join;
import io.parcours.gateway.forward.SubgraphQuery;
import io.parcours.gateway.subgraph.CallerRequest;
import io.parcours.gateway.subgraph.JsonTree;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The feedback-service reads behind journey, stage and touchpoint fields, shared by their resolvers, the emotion
 * curve and the journey prefetch: asked for the same ids in one GraphQL request, feedback-service is called once.
 * Each read asks for what the request selects under its field (all occurrences), as JSON passed on.
 */
@ApplicationScoped
public class FeedbackReads {

    /** The most ids feedback-service takes in one batch: more are read in slices. */
    private static final int MAX_BATCH = 1_000;

    /** What the emotion curve reads of a touchpoint's scores, beside what the request selects. */
    private static final List<String> CURVE_SCORES = List.of("responseCount", "nps.score", "nps.answers",
            "csat.mean", "csat.answers", "ces.mean", "ces.answers");

    private final Subgraph subgraph;

    public FeedbackReads(@Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.subgraph = subgraph;
    }

    /** Every touchpoint of these journeys (JSON) in journey order: as resolvers and the prefetch ask (reads match). */
    public static List<String> touchpointIds(List<?> journeys) {
        List<String> ids = new ArrayList<>();
        for (Object journey : journeys) {
            for (Object stage : list(object(journey).get("stages"))) {
                for (Object touchpoint : list(object(stage).get("touchpoints"))) {
                    ids.add(JsonTree.string(touchpoint, "id"));
                }
            }
        }
        return ids;
    }

    /** What the request selects of journey scores, as feedback-service is asked. */
    private static String journeyScores(GraphQLSchema schema, CallerRequest.Current current) {
        return scores(schema, current, "Journey.feedback", List.of());
    }

    private static String stageScores(GraphQLSchema schema, CallerRequest.Current current) {
        return scores(schema, current, "Stage.feedback", List.of());
    }

    /** Touchpoint scores as Touchpoint.feedback selects them, and as the emotion curve reads them if selected. */
    private static String touchpointScores(GraphQLSchema schema, CallerRequest.Current current) {
        return scores(schema, current, "Touchpoint.feedback",
                current.selects("Journey.emotionCurve") ? CURVE_SCORES : List.of());
    }

    private static String scores(GraphQLSchema schema, CallerRequest.Current current, String coordinates,
            List<String> alsoRead) {
        return SubgraphQuery.selection(schema, (GraphQLObjectType) schema.getType("FeedbackSummary"),
                current.selectedUnder(coordinates), alsoRead);
    }

    private static String surveys(GraphQLSchema schema, CallerRequest.Current current) {
        return SubgraphQuery.selection(schema, (GraphQLObjectType) schema.getType("Survey"),
                current.selectedUnder("Touchpoint.surveys"), List.of());
    }

    /** Summaries over from ≤ submittedAt < to (all time without bounds), one per journey id in order. */
    public Uni<List<Object>> journeySummaries(Join.Request request, List<String> ids, Object from, Object to) {
        return summaries(request.caller(), "summariesByJourneyIds", ids, from, to,
                journeyScores(request.schema(), request.caller()));
    }

    /** Summaries over from ≤ submittedAt < to (all time without bounds), one per stage id in order. */
    public Uni<List<Object>> stageSummaries(Join.Request request, List<String> ids, Object from, Object to) {
        return summaries(request.caller(), "summariesByStageIds", ids, from, to,
                stageScores(request.schema(), request.caller()));
    }

    /** Summaries over from ≤ submittedAt < to (all time without bounds), one per touchpoint id in order. */
    public Uni<List<Object>> touchpointSummaries(Join.Request request, List<String> ids, Object from, Object to) {
        return summaries(request.caller(), "summariesByTouchpointIds", ids, from, to,
                touchpointScores(request.schema(), request.caller()));
    }

    /** Surveys about each touchpoint id, in order. */
    public Uni<List<Object>> touchpointSurveys(Join.Request request, List<String> ids) {
        CallerRequest.Current current = request.caller();
        String selection = surveys(request.schema(), current);
        return sliced(ids, slice -> subgraph.read(current, "surveysByTouchpointIds", List.of(slice, selection),
                auth -> subgraph.execute("query($ids: [String!]!) { surveysByTouchpointIds(ids: $ids) " + selection
                        + " }", Map.of("ids", slice), auth).map(data -> list(data.get("surveysByTouchpointIds")))));
    }

    /** Response rates of each journey, stage or touchpoint ({@code type}) id, in order; what the request selects. */
    public Uni<List<Object>> invitationStats(Join.Request request, String type, List<String> ids) {
        CallerRequest.Current current = request.caller();
        GraphQLSchema schema = request.schema();
        String selection = SubgraphQuery.selection(schema, (GraphQLObjectType) schema.getType("InvitationStats"),
                current.selectedUnder(type + ".invitationStats"), List.of());
        String field = "invitationStatsBy" + type + "Ids";
        return sliced(ids, slice -> subgraph.read(current, field, List.of(slice, selection),
                auth -> subgraph.execute("query($ids: [String!]!) { " + field + "(ids: $ids) " + selection + " }",
                        Map.of("ids", slice), auth).map(data -> list(data.get(field)))));
    }

    private Uni<List<Object>> summaries(CallerRequest.Current current, String field, List<String> ids,
            Object from, Object to, String selection) {
        return sliced(ids, slice -> subgraph.read(current, field, Arrays.asList(slice, from, to, selection),
                auth -> subgraph.execute("query($ids: [String!]!, $from: DateTime, $to: DateTime) { " + field
                        + "(ids: $ids, from: $from, to: $to) " + selection + " }", rangeOf(slice, from, to), auth)
                        .map(data -> list(data.get(field)))));
    }

    /** Ids and an optional range (a DateTime argument's value, as the caller gave it) as variables. */
    public static Map<String, Object> rangeOf(List<String> ids, Object from, Object to) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ids", ids);
        variables.put("from", iso(from));
        variables.put("to", iso(to));
        return variables;
    }

    /** A DateTime argument's value as ISO-8601 text. */
    private static String iso(Object instant) {
        if (instant == null || instant instanceof String) {
            return (String) instant;
        }
        if (instant instanceof OffsetDateTime offset) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset);
        }
        if (instant instanceof ZonedDateTime zoned) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zoned.toOffsetDateTime());
        }
        return instant.toString(); // Instant
    }

    /**
     * No read for no ids, one for up to MAX_BATCH; more (a page of large journeys) are read in slices of that
     * size, one request each, and the answers joined in order.
     */
    private static Uni<List<Object>> sliced(List<String> ids, Function<List<String>, Uni<List<Object>>> read) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (ids.size() <= MAX_BATCH) {
            return read.apply(ids);
        }
        List<Uni<List<Object>>> slices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_BATCH) {
            slices.add(read.apply(List.copyOf(ids.subList(from, Math.min(ids.size(), from + MAX_BATCH)))));
        }
        return Uni.join().all(slices).andFailFast().map(parts -> parts.stream().flatMap(List::stream).toList());
    }

    /**
     * Starts, as soon as journeys are known, the feedback reads their selection will need at deeper levels, as one
     * feedback-service request. GraphQL resolves stage and touchpoint fields only after every field of the levels
     * above them (persona, funnel, …) is done; they do not depend on those, so the request starts now and the
     * resolvers find their parts made. Ids are in journey order, as the resolvers will ask for them.
     *
     * @param journeys the journeys as JSON
     * @param path where the journeys sit in the selection: "" under journey, "edges/node/" under journeys
     */
    public void prefetch(CallerRequest.Current current, GraphQLSchema schema, List<?> journeys,
            DataFetchingFieldSelectionSet selection, String path) {
        List<String> touchpointIds = touchpointIds(journeys);
        List<String> summarized = allTime(selection, path + "feedback") ? JsonTree.ids(journeys) : List.of();
        List<String> stages = allTime(selection, path + "stages/feedback") ? JsonTree.ids(journeys.stream()
                .flatMap(journey -> list(object(journey).get("stages")).stream()).toList()) : List.of();
        List<String> touchpoints = allTime(selection, path + "stages/touchpoints/feedback")
                || allTime(selection, path + "emotionCurve") ? touchpointIds : List.of();
        List<String> surveyed = at(selection, path + "stages/touchpoints/surveys").isEmpty() ? List.of()
                : touchpointIds;
        List<List<String>> parts = List.of(summarized, stages, touchpoints, surveyed);
        if (parts.stream().allMatch(List::isEmpty) || parts.stream().anyMatch(ids -> ids.size() > MAX_BATCH)) {
            return; // nothing to fetch, or more than one request may carry: the resolvers ask for themselves
        }
        String journeyScores = journeyScores(schema, current);
        String stageScores = stageScores(schema, current);
        String touchpointScores = touchpointScores(schema, current);
        String surveys = surveys(schema, current);
        String document = "query($journeyIds: [String!]!, $stageIds: [String!]!, $touchpointIds: [String!]!, "
                + "$surveyTouchpointIds: [String!]!) { feedbackBatch(journeyIds: $journeyIds, stageIds: $stageIds, "
                + "touchpointIds: $touchpointIds, surveyTouchpointIds: $surveyTouchpointIds) { "
                + (summarized.isEmpty() ? "" : "journeys " + journeyScores + " ")
                + (stages.isEmpty() ? "" : "stages " + stageScores + " ")
                + (touchpoints.isEmpty() ? "" : "touchpoints " + touchpointScores + " ")
                + (surveyed.isEmpty() ? "" : "surveys " + surveys + " ") + "} }";
        Map<String, Object> variables = Map.of("journeyIds", summarized, "stageIds", stages,
                "touchpointIds", touchpoints, "surveyTouchpointIds", surveyed);
        Uni<JsonTree.JsonObject> all = subgraph.read(current, document, variables)
                .map(data -> (JsonTree.JsonObject) data.get("feedbackBatch"));
        provide(current, "summariesByJourneyIds", summarized, journeyScores, all, "journeys");
        provide(current, "summariesByStageIds", stages, stageScores, all, "stages");
        provide(current, "summariesByTouchpointIds", touchpoints, touchpointScores, all, "touchpoints");
        if (!surveyed.isEmpty()) {
            subgraph.provide(current, "surveysByTouchpointIds", List.of(surveyed, surveys),
                    all.map(batch -> list(batch.get("surveys"))));
        }
        start(all);
    }

    private void provide(CallerRequest.Current current, String field, List<String> ids, String selection,
            Uni<JsonTree.JsonObject> all, String part) {
        if (!ids.isEmpty()) {
            subgraph.provide(current, field, Arrays.asList(ids, null, null, selection),
                    all.map(batch -> list(batch.get(part))));
        }
    }

    /** Whether a field is selected over all time only (a range is read by its resolver, not prefetched). */
    private static boolean allTime(DataFetchingFieldSelectionSet selection, String fieldPath) {
        List<SelectedField> fields = at(selection, fieldPath);
        return !fields.isEmpty() && fields.stream()
                .allMatch(field -> field.getArguments().values().stream().allMatch(Objects::isNull));
    }

    /**
     * The fields selected at a path ("stages/feedback"), found among all the selection's fields: the same as
     * {@code getFields(path)} without compiling the path as a glob each time (a cost the gateway's profile showed).
     */
    private static List<SelectedField> at(DataFetchingFieldSelectionSet selection, String fieldPath) {
        return selection.getFields().stream().filter(field -> field.getQualifiedName().equals(fieldPath)).toList();
    }

    private static void start(Uni<?> read) {
        // Failures reach the field that asks for this read; nothing to do with them here.
        read.subscribe().with(ignored -> { }, ignored -> { });
    }
}
