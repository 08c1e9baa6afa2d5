package io.parcours.persona.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.parcours.persona.persona.AgeRange;
import io.parcours.persona.persona.Demographics;
import io.parcours.persona.persona.IncomeBand;

@Name("Demographics")
@Description("Demographic bands of a persona.")
public record DemographicsView(
        @Description("Age band.") AgeRange ageRange,
        @Description("Where the persona lives.") String location,
        @Description("What the persona does for a living.") String occupation,
        @Description("Household situation.") String familyStatus,
        @Description("Household income band.") IncomeBand incomeBand) {

    static DemographicsView of(Demographics demographics) {
        return demographics == null ? new DemographicsView(null, null, null, null, null)
                : new DemographicsView(demographics.ageRange, demographics.location, demographics.occupation,
                        demographics.familyStatus, demographics.incomeBand);
    }
}
