package io.parcours.gateway.journey;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.parcours.gateway.feedback.FeedbackReads;
import io.parcours.gateway.subgraph.CallerRequest;
import io.parcours.gateway.subgraph.Subgraph;
import io.smallrye.graphql.api.Context;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Journeys, served by touchpoint-service. */
@GraphQLApi
public class JourneyApi {

    private final TouchpointClient client;
    private final Subgraph subgraph;
    private final FeedbackReads feedback;
    private final Context context;

    public JourneyApi(TouchpointClient client, @Named(Subgraphs.TOUCHPOINT) Subgraph subgraph, FeedbackReads feedback,
            Context context) {
        this.client = client;
        this.subgraph = subgraph;
        this.feedback = feedback;
        this.context = context;
    }

    @Query("journey")
    @Description("A journey with its stages and touchpoints; null when unknown in the caller's workspace. Role "
            + "viewer or above.")
    public Uni<Journey> journey(@NonNull @Id String id) {
        DataFetchingFieldSelectionSet selection = context.unwrap(DataFetchingEnvironment.class).getSelectionSet();
        CallerRequest.Current caller = feedback.caller();
        Uni<Journey> read = readsStages(selection, "")
                ? subgraph.read(caller, "journey", Arrays.asList(id), auth -> client.journey(auth, id))
                : subgraph.read(caller, "journeyHeader", Arrays.asList(id),
                        auth -> client.journeyHeader(auth, id).map(header -> header == null ? null : header.toJourney()));
        return read.invoke(journey -> {
            if (journey != null) {
                feedback.prefetch(caller, List.of(journey), selection, "");
            }
        });
    }

    @Query("journeys")
    @Description("Journeys, oldest first, 1–100 per page (default 20), optionally of one persona, status or map "
            + "type. Role viewer or above.")
    public Uni<@NonNull JourneyConnection> journeys(@Id String personaId, JourneyStatus status, MapType mapType,
            @DefaultValue("20") int first, String after) {
        DataFetchingFieldSelectionSet selection = context.unwrap(DataFetchingEnvironment.class).getSelectionSet();
        CallerRequest.Current caller = feedback.caller();
        List<Object> arguments = Arrays.asList(personaId, status, mapType, first, after);
        Uni<JourneyConnection> read = readsStages(selection, "edges/node/")
                ? subgraph.read(caller, "journeys", arguments,
                        auth -> client.journeys(auth, personaId, status, mapType, first, after))
                : subgraph.read(caller, "journeyHeaders", arguments,
                        auth -> client.journeyHeaders(auth, personaId, status, mapType, first, after)
                                .map(JourneyHeaderPage::toConnection));
        return read.invoke(page -> feedback.prefetch(caller,
                page.edges().stream().map(JourneyConnection.JourneyEdge::node).toList(), selection, "edges/node/"));
    }

    /** Whether the selection reads the journeys' stages under path (the emotion curve is made of them too). */
    private static boolean readsStages(DataFetchingFieldSelectionSet selection, String path) {
        return selection.contains(path + "stages") || selection.contains(path + "emotionCurve");
    }

    @Mutation("createJourney")
    @Description("Creates a journey with the stages of a template, or the given stageNames with CUSTOM (role "
            + "editor or admin).")
    public Uni<@NonNull Journey> createJourney(@NonNull JourneyInput input,
            @DefaultValue("CUSTOM") StageTemplate template, List<String> stageNames) {
        return subgraph.write(auth -> client.createJourney(auth, input, template, stageNames));
    }

    @Mutation("updateJourney")
    @Description("Replaces a journey's own fields (role editor or admin); CONFLICT when expectedVersion is stale.")
    public Uni<@NonNull Journey> updateJourney(@NonNull @Id String id, @NonNull JourneyInput input, int expectedVersion) {
        return subgraph.write(auth -> client.updateJourney(auth, id, input, expectedVersion));
    }

    @Mutation("setJourneyStatus")
    @Description("Moves a journey through its life cycle (role editor or admin); VALIDATION for a transition that "
            + "is not allowed, CONFLICT when expectedVersion is stale.")
    public Uni<@NonNull Journey> setJourneyStatus(@NonNull @Id String id, @NonNull JourneyStatus status,
            int expectedVersion) {
        return subgraph.write(auth -> client.setJourneyStatus(auth, id, status, expectedVersion));
    }

    @Mutation("deriveJourney")
    @Description("Deep copy of a journey (stages and touchpoints) as a new DRAFT of the given map type, linked by "
            + "derivedFromId: e.g. a future state from a current state (role editor or admin).")
    public Uni<@NonNull Journey> deriveJourney(@NonNull @Id String id, @NonNull MapType mapType) {
        return subgraph.write(auth -> client.deriveJourney(auth, id, mapType));
    }
}
