package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("What happens to a removed stage's touchpoints: MOVE them to another stage, or DELETE them.")
public enum StageRemoval {
    MOVE, DELETE
}
