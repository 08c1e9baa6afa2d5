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

/** The web sites allowed to show the workspace's surveys with the website widget, kept by feedback-service. */
@GraphQLApi
public class WidgetApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public WidgetApi(Forwarding forward, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("widgetOrigins")
    @Description("The origins of the web sites allowed to show the workspace's surveys (role viewer or above).")
    public Uni<Forwarded> widgetOrigins() {
        return forward.read(subgraph);
    }

    @Mutation("setWidgetOrigins")
    @Description("Replaces the origins allowed to show the workspace's surveys with the website widget (role editor or "
            + "admin).")
    public Uni<Forwarded> setWidgetOrigins() {
        return forward.write(subgraph);
    }
}
