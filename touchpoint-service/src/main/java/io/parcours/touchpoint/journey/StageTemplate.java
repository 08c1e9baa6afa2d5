package io.parcours.touchpoint.journey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

@Description("Ready-made stage lists for a new journey.")
public enum StageTemplate {
    @Description("The purchase-and-use loop: Information search, Comparison, Decision, Reception, Evaluation, "
            + "After-sales service, Loyalty, Recommendation.")
    PURCHASE_LOOP(List.of("Information search", "Comparison", "Decision", "Reception", "Evaluation",
            "After-sales service", "Loyalty", "Recommendation")),
    @Description("The five digital phases: Awareness, Consideration, Decision, Retention, Advocacy.")
    DIGITAL_PHASES(List.of("Awareness", "Consideration", "Decision", "Retention", "Advocacy")),
    @Description("The stage names given in stageNames.")
    CUSTOM(List.of());

    private final List<String> stageNames;

    StageTemplate(List<String> stageNames) {
        this.stageNames = stageNames;
    }

    public List<String> stageNames() {
        return stageNames;
    }
}
