package io.parcours.feedback.survey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A label in one locale. Used as input and output: it has no identity of its own. */
@Description("A text in one locale.")
public class LocalizedText {

    @NonNull
    @NotBlank
    @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a locale like en or fr-FR")
    @Description("Locale: a language code, optionally with a region, e.g. en, fr-FR.")
    public String locale;

    @NonNull
    @NotBlank
    @Size(max = 500)
    @Description("The text, 1–500 characters.")
    public String text;

    public LocalizedText() {
    }

    public LocalizedText(String locale, String text) {
        this.locale = locale;
        this.text = text;
    }
}
