package io.parcours.gateway.feedback;

import java.util.List;

import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * All-time scores of touchpoints. Touchpoint.feedback and the emotion curve both ask for them; asked for the same
 * touchpoints in one GraphQL request, feedback-service is called once.
 */
@ApplicationScoped
public class TouchpointScores {

    private final FeedbackClient client;
    private final Subgraph subgraph;

    public TouchpointScores(FeedbackClient client, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.client = client;
        this.subgraph = subgraph;
    }

    /** One summary per touchpoint id, in order. */
    public Uni<List<FeedbackSummary>> allTime(List<String> touchpointIds) {
        return subgraph.read("summariesByTouchpointIds", List.of(touchpointIds),
                auth -> client.summariesByTouchpointIds(auth, touchpointIds, null, null));
    }
}
