package io.parcours.persona.persona;

import org.eclipse.microprofile.graphql.Description;

@Description("Household income band, relative to the market the workspace serves.")
public enum IncomeBand {
    LOW,
    LOWER_MIDDLE,
    MIDDLE,
    UPPER_MIDDLE,
    HIGH
}
