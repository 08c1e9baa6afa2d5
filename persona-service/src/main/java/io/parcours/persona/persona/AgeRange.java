package io.parcours.persona.persona;

import org.eclipse.microprofile.graphql.Description;

@Description("Age band of a persona, in years.")
public enum AgeRange {
    UNDER_18,
    AGE_18_24,
    AGE_25_34,
    AGE_35_44,
    AGE_45_54,
    AGE_55_64,
    AGE_65_PLUS
}
