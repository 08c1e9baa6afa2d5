package io.parcours.touchpoint.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.StageRemoval;
import io.parcours.touchpoint.journey.StageService;
import io.smallrye.mutiny.Uni;

/** Stage edits; each returns the whole journey so clients see the new order. Role editor or admin. */
@GraphQLApi
public class StageApi {

    private final StageService stages;

    public StageApi(StageService stages) {
        this.stages = stages;
    }

    @Mutation("addStage")
    @Description("Inserts a stage (name 1–120 characters) at a 1-based position, the end when omitted; "
            + "later stages shift down. At most 20 stages per journey. "
            + "Role editor or admin.")
    public Uni<@NonNull JourneyView> addStage(@NonNull @Id String journeyId, @NonNull String name, Integer position) {
        return stages.add(journeyId, name, position).map(JourneyView::of);
    }

    @Mutation("renameStage")
    @Description("Renames a stage (1–120 characters). "
            + "Role editor or admin.")
    public Uni<@NonNull JourneyView> renameStage(@NonNull @Id String stageId, @NonNull String name) {
        return stages.rename(stageId, name).map(JourneyView::of);
    }

    @Mutation("moveStage")
    @Description("Moves a stage to a 1-based position within its journey; the others keep their relative order. "
            + "Role editor or admin.")
    public Uni<@NonNull JourneyView> moveStage(@NonNull @Id String stageId, int position) {
        return stages.move(stageId, position).map(JourneyView::of);
    }

    @Mutation("removeStage")
    @Description("Removes a stage. If it has touchpoints, `touchpoints` must say what happens to them: MOVE "
            + "(to the end of moveToStageId, a stage of the same journey) or DELETE; otherwise a VALIDATION error. "
            + "Role editor or admin.")
    public Uni<@NonNull JourneyView> removeStage(@NonNull @Id String stageId, StageRemoval touchpoints,
            @Id String moveToStageId) {
        return stages.remove(stageId, touchpoints, moveToStageId).map(JourneyView::of);
    }
}
