package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Name("StageDocumentInput")
@Description("A stage of a journey document with its touchpoints, top to bottom.")
public class StageDocumentInput {

    @NonNull
    @NotBlank
    @Size(min = 1, max = Limits.MAX_STAGE_NAME)
    @Description("Name, 1–120 characters.")
    public String name;

    @Size(max = Limits.MAX_TOUCHPOINTS_PER_STAGE)
    @Description("Its touchpoints, up to 50; none when omitted.")
    public List<@NotNull @Valid TouchpointInput> touchpoints;
}
