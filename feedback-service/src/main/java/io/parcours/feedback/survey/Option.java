package io.parcours.feedback.survey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One choice of a SINGLE_CHOICE or MULTIPLE_CHOICE question; answers refer to its stable id. */
@Description("One choice of a choice question.")
public class Option {

    @NonNull
    @NotNull
    @Pattern(regexp = "^[a-z0-9][a-z0-9_-]{0,39}$", message = "must be 1–40 lower-case letters, digits, - or _")
    @Description("Stable id that answers refer to, e.g. \"search\".")
    public String id;

    @NonNull
    @NotNull
    @Size(min = 1, max = 10)
    @Valid
    @Description("The option's label per locale.")
    public List<@NotNull @Valid LocalizedText> labels;
}
