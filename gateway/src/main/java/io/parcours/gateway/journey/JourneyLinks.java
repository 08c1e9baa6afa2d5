package io.parcours.gateway.journey;

import static io.parcours.gateway.subgraph.JsonTree.list;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.GraphQLObjectType;
import io.parcours.gateway.feedback.FeedbackReads;
import io.parcours.gateway.forward.Join;
import io.parcours.gateway.forward.JoinSource;
import io.parcours.gateway.forward.SubgraphQuery;
import io.parcours.gateway.subgraph.JsonTree;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Joins between journeys and personas, and the funnel (joins.graphql). Each receives every journey (or persona) of
 * its nesting level at once, as JSON, and makes one subgraph request for all of them, asking for what the request
 * selects under the field.
 */
@ApplicationScoped
public class JourneyLinks implements JoinSource {

    private final Subgraph personaService;
    private final Subgraph touchpointService;

    public JourneyLinks(@Named(Subgraphs.PERSONA) Subgraph personaService,
            @Named(Subgraphs.TOUCHPOINT) Subgraph touchpointService) {
        this.personaService = personaService;
        this.touchpointService = touchpointService;
    }

    @Override
    public Map<String, Join> joins() {
        return Map.of(
                "Journey.persona", this::persona,
                "Journey.funnel", this::funnel,
                "Persona.journeys", this::journeys);
    }

    /** Journey.persona: one persona per journey, null when it has none or it is unknown. */
    public Uni<List<Object>> persona(Join.Request request, List<Object> journeys) {
        List<String> ids = journeys.stream().map(journey -> JsonTree.string(journey, "personaId"))
                .filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Arrays.asList(new Object[journeys.size()]));
        }
        // Personas come back by id (unknown ones missing): matched to journeys by their id, read beside the selection.
        return read(request, personaService, "personasByIds", "Journey.persona", "Persona", Map.of("ids", ids),
                List.of("id")).map(found -> {
                    Map<Object, Object> byId = new HashMap<>();
                    found.stream().filter(Objects::nonNull)
                            .forEach(persona -> byId.put(JsonTree.string(persona, "id"), persona));
                    return journeys.stream().map(journey -> byId.get(JsonTree.string(journey, "personaId"))).toList();
                });
    }

    /** Persona.journeys: each persona's journeys, oldest first. */
    public Uni<List<Object>> journeys(Join.Request request, List<Object> personas) {
        return read(request, touchpointService, "journeysByPersonaIds", "Persona.journeys", "Journey",
                Map.of("ids", JsonTree.ids(personas)), List.of());
    }

    /** Journey.funnel over the field's range. */
    public Uni<List<Object>> funnel(Join.Request request, List<Object> journeys) {
        return read(request, touchpointService, "funnelsByJourneyIds", "Journey.funnel", "Funnel",
                FeedbackReads.rangeOf(JsonTree.ids(journeys), request.argument("from"), request.argument("to")),
                List.of());
    }

    /**
     * One batch read of a subgraph's root field by ids (and range, when the variables carry one), asking for what
     * the request selects under the joined field; shared with identical reads; the answer's list as JSON.
     */
    private static Uni<List<Object>> read(Join.Request request, Subgraph subgraph, String field, String joined,
            String type, Map<String, Object> variables, List<String> alsoRead) {
        String selection = SubgraphQuery.selection(request.schema(),
                (GraphQLObjectType) request.schema().getType(type), request.caller().selectedUnder(joined), alsoRead);
        String document = variables.containsKey("from")
                ? "query($ids: [String!]!, $from: DateTime, $to: DateTime) { " + field
                        + "(ids: $ids, from: $from, to: $to) " + selection + " }"
                : "query($ids: [String!]!) { " + field + "(ids: $ids) " + selection + " }";
        return subgraph.read(request.caller(), document, variables).map(data -> list(data.get(field)));
    }
}
