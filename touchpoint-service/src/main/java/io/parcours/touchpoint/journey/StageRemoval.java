package io.parcours.touchpoint.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("What happens to the touchpoints of a stage being removed.")
public enum StageRemoval {
    @Description("Move them to the end of the stage given in moveToStageId (same journey).")
    MOVE,
    @Description("Delete them with the stage.")
    DELETE
}
