package io.parcours.gateway.persona;

import org.eclipse.microprofile.graphql.Description;

@Description("Income band of a persona, relative to its market.")
public enum IncomeBand {
    LOW, LOWER_MIDDLE, MIDDLE, UPPER_MIDDLE, HIGH
}
