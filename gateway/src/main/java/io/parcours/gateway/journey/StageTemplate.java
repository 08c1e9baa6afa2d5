package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("Stages a new journey starts with: the purchase-and-use loop (8 stages), the five digital phases, "
        + "or the given stageNames (CUSTOM).")
public enum StageTemplate {
    PURCHASE_LOOP, DIGITAL_PHASES, CUSTOM
}
