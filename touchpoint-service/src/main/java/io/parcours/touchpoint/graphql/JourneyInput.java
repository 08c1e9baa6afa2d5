package io.parcours.touchpoint.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.MapType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Name("JourneyInput")
@Description("The journey's own fields. On update it replaces them all; stages are edited with the stage mutations.")
public class JourneyInput {

    @NonNull
    @NotBlank
    @Size(min = 1, max = 120)
    @Description("Name, 1–120 characters, e.g. \"First online order\".")
    public String name;

    @Size(max = 2000)
    @Description("What the journey covers, up to 2,000 characters.")
    public String description;

    @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            message = "must be a persona id (UUID)")
    @Description("The persona (of persona-service) whose path this is; optional.")
    @Id
    public String personaId;

    @DefaultValue("CURRENT_STATE")
    @Description("What the map describes; CURRENT_STATE when omitted.")
    public MapType mapType;
}
