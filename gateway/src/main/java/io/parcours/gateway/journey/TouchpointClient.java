package io.parcours.gateway.journey;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/** touchpoint-service's GraphQL API; each call passes the caller's Authorization header on. */
@GraphQLClientApi(configKey = "touchpoint")
public interface TouchpointClient {

    Uni<Journey> journey(@Header(name = "Authorization") String authorization, @NonNull @Id String id);

    Uni<JourneyConnection> journeys(@Header(name = "Authorization") String authorization, @Id String personaId,
            JourneyStatus status, MapType mapType, Integer first, String after);

    /** The journey without its stages, for selections that read none. */
    @Query("journey")
    Uni<JourneyHeader> journeyHeader(@Header(name = "Authorization") String authorization, @NonNull @Id String id);

    /** A page of journeys without their stages, for selections that read none. */
    @Query("journeys")
    Uni<JourneyHeaderPage> journeyHeaders(@Header(name = "Authorization") String authorization, @Id String personaId,
            JourneyStatus status, MapType mapType, Integer first, String after);

    Uni<List<List<Journey>>> journeysByPersonaIds(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> ids);

    Uni<List<Funnel>> funnelsByJourneyIds(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> ids, OffsetDateTime from, OffsetDateTime to);

    @Mutation
    Uni<Journey> createJourney(@Header(name = "Authorization") String authorization, @NonNull JourneyInput input,
            StageTemplate template, List<String> stageNames);

    @Mutation
    Uni<Journey> updateJourney(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            @NonNull JourneyInput input, int expectedVersion);

    @Mutation
    Uni<Journey> setJourneyStatus(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            @NonNull JourneyStatus status, int expectedVersion);

    @Mutation
    Uni<Journey> deriveJourney(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            @NonNull MapType mapType);

    @Mutation
    Uni<Journey> addStage(@Header(name = "Authorization") String authorization, @NonNull @Id String journeyId,
            @NonNull String name, Integer position);

    @Mutation
    Uni<Journey> renameStage(@Header(name = "Authorization") String authorization, @NonNull @Id String stageId,
            @NonNull String name);

    @Mutation
    Uni<Journey> moveStage(@Header(name = "Authorization") String authorization, @NonNull @Id String stageId,
            int position);

    @Mutation
    Uni<Journey> removeStage(@Header(name = "Authorization") String authorization, @NonNull @Id String stageId,
            StageRemoval touchpoints, @Id String moveToStageId);

    @Mutation
    Uni<Touchpoint> addTouchpoint(@Header(name = "Authorization") String authorization, @NonNull @Id String stageId,
            @NonNull TouchpointInput input, Integer position);

    @Mutation
    Uni<Touchpoint> updateTouchpoint(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            @NonNull TouchpointInput input, int expectedVersion);

    @Mutation
    Uni<Journey> moveTouchpoint(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            @NonNull @Id String stageId, Integer position);

    @Mutation
    Uni<Journey> removeTouchpoint(@Header(name = "Authorization") String authorization, @NonNull @Id String id);

    @Mutation
    Uni<InteractionBatchResult> recordInteractions(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull InteractionInput> events);
}
