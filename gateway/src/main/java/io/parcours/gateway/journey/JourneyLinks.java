package io.parcours.gateway.journey;

import static io.parcours.gateway.forward.JsonTree.list;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.parcours.gateway.feedback.FeedbackReads;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.forward.JsonTree;
import io.parcours.gateway.forward.SubgraphQuery;
import io.parcours.gateway.persona.Persona;
import io.parcours.gateway.subgraph.CallerRequest;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/**
 * Joins between journeys and personas, and the funnel. Each resolver receives every journey (or persona) of
 * its nesting level at once and makes one subgraph request for all of them, asking for what the request selects
 * under the field.
 */
@GraphQLApi
public class JourneyLinks {

    private final Forwarding forward;
    private final CallerRequest caller;
    private final Subgraph personaService;
    private final Subgraph touchpointService;

    public JourneyLinks(Forwarding forward, CallerRequest caller, @Named(Subgraphs.PERSONA) Subgraph personaService,
            @Named(Subgraphs.TOUCHPOINT) Subgraph touchpointService) {
        this.forward = forward;
        this.caller = caller;
        this.personaService = personaService;
        this.touchpointService = touchpointService;
    }

    @Description("The persona whose path this is; null when the journey has none or it is unknown.")
    public Uni<List<Persona>> persona(@Source List<Journey> journeyList) {
        List<?> journeys = journeyList;
        List<String> ids = journeys.stream().map(journey -> JsonTree.string(journey, "personaId"))
                .filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Arrays.asList(new Persona[journeys.size()]));
        }
        // Personas come back by id (unknown ones missing): matched to journeys by their id, read beside the selection.
        return Forwarding.typed(read(personaService, "personasByIds", "Journey.persona", "Persona",
                Map.of("ids", ids), List.of("id")).map(found -> {
                    Map<Object, Object> byId = new HashMap<>();
                    found.stream().filter(Objects::nonNull).forEach(persona -> byId.put(JsonTree.string(persona, "id"), persona));
                    return journeys.stream().map(journey -> byId.get(JsonTree.string(journey, "personaId"))).toList();
                }));
    }

    @Description("The persona's journeys, oldest first.")
    public Uni<List<List<Journey>>> journeys(@Source List<Persona> personaList) {
        List<String> ids = FeedbackReads.ids(personaList);
        return Forwarding.typed(read(touchpointService, "journeysByPersonaIds", "Persona.journeys", "Journey",
                Map.of("ids", ids), List.of()));
    }

    @Description("Sequential funnel of the journey's interactions over from ≤ occurredAt < to (all time without "
            + "bounds): customers per stage, conversion, drop-off, median time between stages, and the stage where "
            + "the journey breaks. Every funnel selection of one request uses the same range.")
    public Uni<List<Funnel>> funnel(@Source List<Journey> journeyList, OffsetDateTime from, OffsetDateTime to) {
        return Forwarding.typed(read(touchpointService, "funnelsByJourneyIds", "Journey.funnel", "Funnel",
                FeedbackReads.rangeOf(FeedbackReads.ids(journeyList), from, to), List.of()));
    }

    /**
     * One batch read of a subgraph's root field by ids (and range, when the variables carry one), asking for what the request selects
     * under the joined field; shared with identical reads; the answer's list as JSON.
     */
    private Uni<List<Object>> read(Subgraph subgraph, String field, String joined, String type,
            Map<String, Object> variables, List<String> alsoRead) {
        CallerRequest.Current current = caller.current();
        GraphQLSchema schema = forward.schema();
        String selection = SubgraphQuery.selection(schema, (GraphQLObjectType) schema.getType(type),
                current.selectedUnder(joined), alsoRead);
        String document = variables.containsKey("from")
                ? "query($ids: [String!]!, $from: DateTime, $to: DateTime) { " + field
                        + "(ids: $ids, from: $from, to: $to) " + selection + " }"
                : "query($ids: [String!]!) { " + field + "(ids: $ids) " + selection + " }";
        return subgraph.read(current, document, variables).map(data -> list(data.get(field)));
    }
}
