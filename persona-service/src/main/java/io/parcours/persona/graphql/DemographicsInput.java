package io.parcours.persona.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.parcours.persona.persona.AgeRange;
import io.parcours.persona.persona.IncomeBand;
import jakarta.validation.constraints.Size;

@Name("DemographicsInput")
@Description("Demographic bands of a persona; every field is optional.")
public class DemographicsInput {

    @Description("Age band.")
    public AgeRange ageRange;

    @Size(max = 120)
    @Description("Where the persona lives, up to 120 characters, e.g. \"Lyon, France\".")
    public String location;

    @Size(max = 120)
    @Description("What the persona does for a living, up to 120 characters.")
    public String occupation;

    @Size(max = 120)
    @Description("Household situation, up to 120 characters, e.g. \"Married, two children\".")
    public String familyStatus;

    @Description("Household income band.")
    public IncomeBand incomeBand;
}
