package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Name("JourneyDocumentInput")
@Description("A whole journey map as a file holds it: the journey's own fields, then its stages with their "
        + "touchpoints, in order. What the web app's JSON export writes and importJourney reads.")
public class JourneyDocumentInput {

    @NonNull
    @NotNull
    @Valid
    @Description("The journey's own fields, as for createJourney.")
    public JourneyInput journey;

    @NonNull
    @NotNull
    @Size(min = 1, max = Limits.MAX_STAGES)
    @Description("The stages, left to right: 1–20, names unique within the journey (ignoring case).")
    public List<@NotNull @Valid StageDocumentInput> stages;
}
