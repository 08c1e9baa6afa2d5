package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;

import io.parcours.gateway.forward.Forwarded;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Stage and touchpoint editing and interaction events, served by touchpoint-service. */
@GraphQLApi
public class JourneyEditingApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public JourneyEditingApi(Forwarding forward, @Named(Subgraphs.TOUCHPOINT) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Mutation("addStage")
    @Description("Adds a stage at position (1-based, default last); at most 20 stages (role editor or admin).")
    public Uni<Forwarded> addStage() {
        return forward.write(subgraph);
    }

    @Mutation("renameStage")
    @Description("Renames a stage (role editor or admin).")
    public Uni<Forwarded> renameStage() {
        return forward.write(subgraph);
    }

    @Mutation("moveStage")
    @Description("Moves a stage to a 1-based position; the others shift (role editor or admin).")
    public Uni<Forwarded> moveStage() {
        return forward.write(subgraph);
    }

    @Mutation("removeStage")
    @Description("Removes a stage; its touchpoints are deleted (DELETE) or moved to moveToStageId (MOVE). A stage "
            + "with touchpoints needs the choice (role editor or admin).")
    public Uni<Forwarded> removeStage() {
        return forward.write(subgraph);
    }

    @Mutation("addTouchpoint")
    @Description("Adds a touchpoint to a stage at position (1-based, default last); at most 50 per stage (role "
            + "editor or admin).")
    public Uni<Forwarded> addTouchpoint() {
        return forward.write(subgraph);
    }

    @Mutation("updateTouchpoint")
    @Description("Replaces a touchpoint's content (role editor or admin); CONFLICT when expectedVersion is stale.")
    public Uni<Forwarded> updateTouchpoint() {
        return forward.write(subgraph);
    }

    @Mutation("moveTouchpoint")
    @Description("Moves a touchpoint to a stage of the same journey, at position (default last) (role editor or "
            + "admin).")
    public Uni<Forwarded> moveTouchpoint() {
        return forward.write(subgraph);
    }

    @Mutation("removeTouchpoint")
    @Description("Removes a touchpoint (role editor or admin).")
    public Uni<Forwarded> removeTouchpoint() {
        return forward.write(subgraph);
    }

    @Mutation("recordInteractions")
    @Description("Stores 1–1,000 interaction events (role collector, editor or admin). Idempotent by eventId; "
            + "invalid events are REJECTED with reasons and the valid rest is stored.")
    public Uni<Forwarded> recordInteractions() {
        return forward.write(subgraph);
    }
}
