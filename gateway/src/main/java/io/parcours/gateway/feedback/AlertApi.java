package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.gateway.forward.Forwarded;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Alert rules and alerts, served by feedback-service. */
@GraphQLApi
public class AlertApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public AlertApi(Forwarding forward, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("alertRules")
    @Description("The workspace's alert rules, oldest first. Role viewer or above.")
    public Uni<Forwarded> alertRules() {
        return forward.read(subgraph);
    }

    @Query("alerts")
    @Description("The workspace's alerts, newest first, 1–100 per page (default 20), filtered by state, kind, rule, "
            + "journey, stage, touchpoint or assignee. Role viewer or above.")
    public Uni<Forwarded> alerts() {
        return forward.read(subgraph);
    }

    @Query("alert")
    @Description("One alert; null when unknown in the caller's workspace. Role viewer or above.")
    public Uni<Forwarded> alert() {
        return forward.read(subgraph);
    }

    @Mutation("createAlertRule")
    @Description("Creates an alert rule: DETRACTOR, LOW_CSAT, HIGH_EFFORT or SCORE_DROP, for a journey, stage, "
            + "touchpoint or the whole workspace (role editor or admin).")
    public Uni<Forwarded> createAlertRule() {
        return forward.write(subgraph);
    }

    @Mutation("updateAlertRule")
    @Description("Replaces an alert rule (role editor or admin). CONFLICT when expectedRevision is stale.")
    public Uni<Forwarded> updateAlertRule() {
        return forward.write(subgraph);
    }

    @Mutation("deleteAlertRule")
    @Description("Deletes an alert rule; its alerts stay (role editor or admin).")
    public Uni<Forwarded> deleteAlertRule() {
        return forward.write(subgraph);
    }

    @Mutation("acknowledgeAlert")
    @Description("OPEN → ACKNOWLEDGED, optionally assigned and annotated (role editor or admin).")
    public Uni<Forwarded> acknowledgeAlert() {
        return forward.write(subgraph);
    }

    @Mutation("closeAlert")
    @Description("OPEN or ACKNOWLEDGED → CLOSED, optionally with a note (role editor or admin).")
    public Uni<Forwarded> closeAlert() {
        return forward.write(subgraph);
    }

    @Mutation("updateAlert")
    @Description("Changes the assignee or note of an alert that is not CLOSED (role editor or admin).")
    public Uni<Forwarded> updateAlert() {
        return forward.write(subgraph);
    }
}
