package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.validation.InputValidator;
import io.parcours.touchpoint.journey.TouchpointService;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;

/** Touchpoint reads for the gateway and touchpoint edits (role editor or admin). */
@GraphQLApi
public class TouchpointApi {

    private final TouchpointService touchpoints;
    private final InputValidator validator;
    private final JourneyMapping mapping;

    public TouchpointApi(TouchpointService touchpoints, InputValidator validator, JourneyMapping mapping) {
        this.touchpoints = touchpoints;
        this.validator = validator;
        this.mapping = mapping;
    }

    @Query("touchpointsByIds")
    @Inaccessible
    @Description("Batch lookup for the gateway: one touchpoint per id, in argument order; null where unknown "
            + "in the caller's workspace. At most 1,000 ids; one database query.")
    public Uni<@NonNull List<TouchpointView>> touchpointsByIds(@NonNull List<@NonNull String> ids) {
        return touchpoints.findAll(ids).map(found -> found.stream().map(TouchpointView::of).toList());
    }

    /** Federation entity resolver: the parameter is named like the key field. */
    @Resolver
    public Uni<List<TouchpointView>> touchpointsById(@NonNull List<@NonNull String> id) {
        return touchpointsByIds(id);
    }

    @Mutation("addTouchpoint")
    @Description("Inserts a touchpoint into a stage at a 1-based position, the end when omitted. At most 50 per stage. "
            + "Role editor or admin.")
    public Uni<@NonNull TouchpointView> addTouchpoint(@NonNull @Id String stageId, @NonNull TouchpointInput input,
            Integer position) {
        return touchpoints.add(stageId, validator.checked("input", input, mapping::details), position)
                .map(TouchpointView::of);
    }

    @Mutation("updateTouchpoint")
    @Description("Replaces every field of a touchpoint, if it is still at expectedVersion; otherwise CONFLICT. "
            + "Role editor or admin.")
    public Uni<@NonNull TouchpointView> updateTouchpoint(@NonNull @Id String id, @NonNull TouchpointInput input,
            @Description("The version the client last read.") int expectedVersion) {
        return touchpoints.update(id, validator.checked("input", input, mapping::details), expectedVersion)
                .map(TouchpointView::of);
    }

    @Mutation("moveTouchpoint")
    @Description("Moves a touchpoint to a 1-based position (the end when omitted) of a stage of the same journey; "
            + "positions stay dense in both stages. Returns the whole journey. "
            + "Role editor or admin.")
    public Uni<@NonNull JourneyView> moveTouchpoint(@NonNull @Id String id, @NonNull @Id String stageId, Integer position) {
        return touchpoints.move(id, stageId, position).map(JourneyView::of);
    }

    @Mutation("removeTouchpoint")
    @Description("Removes a touchpoint; the rest of its stage closes up. Returns the whole journey. "
            + "Role editor or admin.")
    public Uni<@NonNull JourneyView> removeTouchpoint(@NonNull @Id String id) {
        return touchpoints.remove(id).map(JourneyView::of);
    }
}
