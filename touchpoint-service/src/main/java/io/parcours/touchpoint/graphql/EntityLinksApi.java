package io.parcours.touchpoint.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.touchpoint.analytics.Funnel;
import io.parcours.touchpoint.analytics.FunnelService;
import io.parcours.touchpoint.journey.JourneyService;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;

/**
 * Links across subgraphs, the federation way: a journey's persona is a reference by key that a router completes from
 * persona-service, and a persona resolved here by its id alone gets its journeys. Batched fields receive every object
 * of their fetch at once: one store read for all of them, results in order.
 */
@GraphQLApi
public class EntityLinksApi {

    private final JourneyService journeys;
    private final FunnelService funnels;

    public EntityLinksApi(JourneyService journeys, FunnelService funnels) {
        this.journeys = journeys;
        this.funnels = funnels;
    }

    /** Entity resolver: the parameter is named like the key field; existence is persona-service's to say. */
    @Resolver
    public List<PersonaReference> personasById(@NonNull List<@NonNull String> id) {
        return id.stream().map(PersonaReference::new).toList();
    }

    @Name("journeys")
    @Description("The journeys that follow this persona in the caller's workspace, oldest first (empty when none).")
    public Uni<List<@NonNull List<@NonNull JourneyView>>> journeys(@Source List<PersonaReference> personas) {
        return journeys.byPersonas(personas.stream().map(PersonaReference::id).toList())
                .map(JourneyView::ofGroups);
    }

    @Name("persona")
    @Description("The persona whose path this is (persona-service's entity, by key); null when there is none.")
    public PersonaReference persona(@Source JourneyView journey) {
        return journey.personaId() == null ? null : new PersonaReference(journey.personaId());
    }

    @Name("funnel")
    @Description("The journey's funnel over from ≤ occurredAt < to, as the query funnel(journeyId, from, to). Every "
            + "funnel selection of one request uses the same range.")
    public Uni<List<Funnel>> funnel(@Source List<JourneyView> journeyList, OffsetDateTime from, OffsetDateTime to) {
        return funnels.funnels("Journey.funnel", journeyList.stream().map(JourneyView::id).toList(), from, to);
    }
}
