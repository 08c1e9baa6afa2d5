package io.parcours.feedback.survey;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One question of a survey version. The same class is the input and the stored and returned shape. */
@Description("One question of a survey.")
public class Question {

    @NonNull
    @NotNull
    @Pattern(regexp = "^[a-z0-9][a-z0-9_-]{0,39}$", message = "must be 1–40 lower-case letters, digits, - or _")
    @Description("Stable id that answers refer to, unique in the survey, e.g. \"nps\".")
    public String id;

    @NonNull
    @NotNull
    @Description("The question's kind.")
    public QuestionType type;

    @NonNull
    @NotNull
    @Size(min = 1, max = 10)
    @Valid
    @Description("The question's text per locale; one of them in the survey's default locale.")
    public List<@NotNull @Valid LocalizedText> labels;

    @DefaultValue("false")
    @Description("Whether a response must answer it; false when omitted.")
    public boolean required;

    @Min(0)
    @Max(100)
    @Description("RATING only: lowest score (0–100).")
    public Integer min;

    @Min(0)
    @Max(100)
    @Description("RATING only: highest score (0–100), above min.")
    public Integer max;

    @Size(max = 20)
    @Valid
    @Description("Choice questions only: 2–20 options with unique ids.")
    public List<@NotNull @Valid Option> options;

    @Min(1)
    @Max(5000)
    @Description("TEXT only: longest answer accepted, 1–5,000 characters; 2,000 when omitted.")
    public Integer maxLength;

    public static final int DEFAULT_MAX_LENGTH = 2000;

    /** Lowest score accepted for a scored question. */
    public int lowest() {
        return type.fixedMin() != null ? type.fixedMin() : min;
    }

    public int highest() {
        return type.fixedMax() != null ? type.fixedMax() : max;
    }

    public int longestText() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }
}
