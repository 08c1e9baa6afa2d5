package io.parcours.gateway.journey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Stage and touchpoint editing and interaction events, served by touchpoint-service. */
@GraphQLApi
public class JourneyEditingApi {

    private final TouchpointClient client;
    private final Subgraph subgraph;

    public JourneyEditingApi(TouchpointClient client, @Named(Subgraphs.TOUCHPOINT) Subgraph subgraph) {
        this.client = client;
        this.subgraph = subgraph;
    }

    @Mutation("addStage")
    @Description("Adds a stage at position (1-based, default last); at most 20 stages (role editor or admin).")
    public Uni<@NonNull Journey> addStage(@NonNull @Id String journeyId, @NonNull String name, Integer position) {
        return subgraph.write(auth -> client.addStage(auth, journeyId, name, position));
    }

    @Mutation("renameStage")
    @Description("Renames a stage (role editor or admin).")
    public Uni<@NonNull Journey> renameStage(@NonNull @Id String stageId, @NonNull String name) {
        return subgraph.write(auth -> client.renameStage(auth, stageId, name));
    }

    @Mutation("moveStage")
    @Description("Moves a stage to a 1-based position; the others shift (role editor or admin).")
    public Uni<@NonNull Journey> moveStage(@NonNull @Id String stageId, int position) {
        return subgraph.write(auth -> client.moveStage(auth, stageId, position));
    }

    @Mutation("removeStage")
    @Description("Removes a stage; its touchpoints are deleted (DELETE) or moved to moveToStageId (MOVE). A stage "
            + "with touchpoints needs the choice (role editor or admin).")
    public Uni<@NonNull Journey> removeStage(@NonNull @Id String stageId, StageRemoval touchpoints,
            @Id String moveToStageId) {
        return subgraph.write(auth -> client.removeStage(auth, stageId, touchpoints, moveToStageId));
    }

    @Mutation("addTouchpoint")
    @Description("Adds a touchpoint to a stage at position (1-based, default last); at most 50 per stage (role "
            + "editor or admin).")
    public Uni<@NonNull Touchpoint> addTouchpoint(@NonNull @Id String stageId, @NonNull TouchpointInput input,
            Integer position) {
        return subgraph.write(auth -> client.addTouchpoint(auth, stageId, input, position));
    }

    @Mutation("updateTouchpoint")
    @Description("Replaces a touchpoint's content (role editor or admin); CONFLICT when expectedVersion is stale.")
    public Uni<@NonNull Touchpoint> updateTouchpoint(@NonNull @Id String id, @NonNull TouchpointInput input,
            int expectedVersion) {
        return subgraph.write(auth -> client.updateTouchpoint(auth, id, input, expectedVersion));
    }

    @Mutation("moveTouchpoint")
    @Description("Moves a touchpoint to a stage of the same journey, at position (default last) (role editor or "
            + "admin).")
    public Uni<@NonNull Journey> moveTouchpoint(@NonNull @Id String id, @NonNull @Id String stageId, Integer position) {
        return subgraph.write(auth -> client.moveTouchpoint(auth, id, stageId, position));
    }

    @Mutation("removeTouchpoint")
    @Description("Removes a touchpoint (role editor or admin).")
    public Uni<@NonNull Journey> removeTouchpoint(@NonNull @Id String id) {
        return subgraph.write(auth -> client.removeTouchpoint(auth, id));
    }

    @Mutation("recordInteractions")
    @Description("Stores 1–1,000 interaction events (role collector, editor or admin). Idempotent by eventId; "
            + "invalid events are REJECTED with reasons and the valid rest is stored.")
    public Uni<@NonNull InteractionBatchResult> recordInteractions(@NonNull List<@NonNull InteractionInput> events) {
        return subgraph.write(auth -> client.recordInteractions(auth, events));
    }
}
