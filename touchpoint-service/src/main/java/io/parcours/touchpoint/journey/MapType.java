package io.parcours.touchpoint.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("What a journey map describes.")
public enum MapType {
    @Description("How customers experience the brand today.")
    CURRENT_STATE,
    @Description("A whole day of the persona, of which the brand is one part.")
    DAY_IN_THE_LIFE,
    @Description("How the experience should be once improved.")
    FUTURE_STATE,
    @Description("The customer's path with the front-stage, back-stage and support lanes that deliver it.")
    SERVICE_BLUEPRINT
}
