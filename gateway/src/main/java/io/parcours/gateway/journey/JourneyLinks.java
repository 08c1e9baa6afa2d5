package io.parcours.gateway.journey;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.gateway.persona.Persona;
import io.parcours.gateway.persona.PersonaClient;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/**
 * Joins between journeys and personas, and the funnel. Each resolver receives every journey (or persona) of
 * its nesting level at once and makes one subgraph request for all of them.
 */
@GraphQLApi
public class JourneyLinks {

    private final PersonaClient personas;
    private final TouchpointClient journeys;
    private final Subgraph personaService;
    private final Subgraph touchpointService;

    public JourneyLinks(PersonaClient personas, TouchpointClient journeys,
            @Named(Subgraphs.PERSONA) Subgraph personaService, @Named(Subgraphs.TOUCHPOINT) Subgraph touchpointService) {
        this.personas = personas;
        this.journeys = journeys;
        this.personaService = personaService;
        this.touchpointService = touchpointService;
    }

    @Description("The persona whose path this is; null when the journey has none or it is unknown.")
    public Uni<List<Persona>> persona(@Source List<Journey> journeyList) {
        List<String> ids = journeyList.stream().map(Journey::personaId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(journeyList.stream().map(j -> (Persona) null).toList());
        }
        return personaService.read("personasByIds", List.of(ids), auth -> personas.personasByIds(auth, ids))
                .map(found -> {
                    Map<String, Persona> byId = found.stream().filter(Objects::nonNull)
                            .collect(Collectors.toMap(Persona::id, Function.identity()));
                    return journeyList.stream().map(j -> j.personaId() == null ? null : byId.get(j.personaId())).toList();
                });
    }

    @Description("The persona's journeys, oldest first.")
    public Uni<List<List<Journey>>> journeys(@Source List<Persona> personaList) {
        List<String> ids = personaList.stream().map(Persona::id).toList();
        return touchpointService.read("journeysByPersonaIds", List.of(ids),
                auth -> journeys.journeysByPersonaIds(auth, ids));
    }

    @Description("Sequential funnel of the journey's interactions over from ≤ occurredAt < to (all time without "
            + "bounds): customers per stage, conversion, drop-off, median time between stages, and the stage where "
            + "the journey breaks. Every funnel selection of one request uses the same range.")
    public Uni<List<Funnel>> funnel(@Source List<Journey> journeyList, OffsetDateTime from, OffsetDateTime to) {
        List<String> ids = journeyList.stream().map(Journey::id).toList();
        return touchpointService.read("funnelsByJourneyIds", Arrays.asList(ids, from, to),
                auth -> journeys.funnelsByJourneyIds(auth, ids, from, to));
    }
}
