package io.parcours.touchpoint.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.touchpoint.analytics.Funnel;
import io.parcours.touchpoint.analytics.FunnelService;
import io.parcours.touchpoint.analytics.InteractionBatchResult;
import io.parcours.touchpoint.analytics.InteractionEvent;
import io.parcours.touchpoint.analytics.InteractionService;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.mutiny.Uni;

/** Journey analytics: interaction ingestion and the funnel. */
@GraphQLApi
public class AnalyticsApi {

    private final InteractionService interactions;
    private final FunnelService funnels;

    public AnalyticsApi(InteractionService interactions, FunnelService funnels) {
        this.interactions = interactions;
        this.funnels = funnels;
    }

    @Mutation("recordInteractions")
    @Description("Stores a batch of 1–1,000 interaction events (role collector, editor or admin). Idempotent by "
            + "eventId: a replayed event, also one sent twice at once, is stored once and reported DUPLICATE. Invalid "
            + "events are REJECTED with reasons (unknown touchpoint or one of another workspace, occurredAt more than "
            + "5 minutes in the future, …); the valid rest is stored.")
    public Uni<@NonNull InteractionBatchResult> recordInteractions(@NonNull List<@NonNull InteractionEvent> events) {
        return interactions.record(events);
    }

    @Query("funnel")
    @Inaccessible
    @Description("The journey's funnel over from ≤ occurredAt < to. With neither bound it covers every interaction and "
            + "reads per-customer progress, first brought up to date with the interactions recorded since the last "
            + "funnel (fast whatever the volume); with a bound it is computed from the events in range (from: the "
            + "beginning, to: now when omitted). Null when the journey is unknown in the caller's workspace. Role "
            + "viewer or above.")
    public Uni<Funnel> funnel(@NonNull @Id String journeyId, OffsetDateTime from, OffsetDateTime to) {
        return funnels.funnel(journeyId, from, to);
    }

    @Query("funnelsByJourneyIds")
    @Inaccessible
    @Description("Batch for the gateway: one funnel per journey id, in argument order, as funnel(journeyId, from, to); "
            + "null for a journey unknown in the caller's workspace. At most 100 ids.")
    public Uni<@NonNull List<Funnel>> funnelsByJourneyIds(@NonNull List<@NonNull String> ids, OffsetDateTime from,
            OffsetDateTime to) {
        return funnels.funnels("ids", ids, from, to);
    }
}
