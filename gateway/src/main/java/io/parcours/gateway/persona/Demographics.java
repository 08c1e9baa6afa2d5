package io.parcours.gateway.persona;

import org.eclipse.microprofile.graphql.Description;

/** Output of personas and part of their input (the input type is DemographicsInput). */
@Description("Demographic bands of a persona; each is optional.")
public record Demographics(
        @Description("Age band.") AgeRange ageRange,
        @Description("Where the persona lives, e.g. \"Lyon, France\".") String location,
        @Description("What the persona does for a living.") String occupation,
        @Description("Household situation, e.g. \"Married, two children\".") String familyStatus,
        @Description("Income band.") IncomeBand incomeBand) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public AgeRange getAgeRange() {
        return ageRange;
    }

    public String getLocation() {
        return location;
    }

    public String getOccupation() {
        return occupation;
    }

    public String getFamilyStatus() {
        return familyStatus;
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }
}
