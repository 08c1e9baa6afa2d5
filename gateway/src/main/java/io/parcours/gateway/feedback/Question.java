package io.parcours.gateway.feedback;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Output of surveys and part of their input (the input type is QuestionInput). */
@Description("A survey question. Score ranges: NPS 0–10, CSAT 1–5, CES 1–7, RATING min–max.")
public record Question(
        @NonNull @Description("Stable id within the survey, e.g. \"nps\".") String id,
        @NonNull @Description("Question type.") QuestionType type,
        @NonNull @Description("Label per locale.") List<@NonNull LocalizedText> labels,
        @Description("Whether a response must answer it.") Boolean required,
        @Description("RATING: lowest score.") Integer min,
        @Description("RATING: highest score.") Integer max,
        @Description("TEXT: longest answer in characters.") Integer maxLength,
        @Description("SINGLE_CHOICE / MULTIPLE_CHOICE: the options.") List<Option> options) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public String getId() {
        return id;
    }

    public QuestionType getType() {
        return type;
    }

    public List<LocalizedText> getLabels() {
        return labels;
    }

    public Boolean getRequired() {
        return required;
    }

    public Integer getMin() {
        return min;
    }

    public Integer getMax() {
        return max;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public List<Option> getOptions() {
        return options;
    }

    @Description("An option of a choice question.")
    public record Option(
            @NonNull @Description("Stable id, sent back in answers.") String id,
            @NonNull @Description("Label per locale.") List<@NonNull LocalizedText> labels) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public String getId() {
            return id;
        }

        public List<LocalizedText> getLabels() {
            return labels;
        }
    }

    @Description("A text in one locale.")
    public record LocalizedText(
            @NonNull @Description("BCP 47 tag, e.g. \"en\", \"fr-CA\".") String locale,
            @NonNull @Description("The text.") String text) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public String getLocale() {
            return locale;
        }

        public String getText() {
            return text;
        }
    }
}
