package io.parcours.feedback.survey;

import java.time.Instant;
import java.util.List;

/** A survey with the content of one of its versions (or of its draft, version 0). */
public record SurveyAsOf(Survey survey, SurveyVersion version) {

    public static SurveyAsOf draft(Survey survey) {
        return new SurveyAsOf(survey, null);
    }

    public int versionNumber() {
        return version == null ? 0 : version.version();
    }

    public String title() {
        return version == null ? survey.title : version.title();
    }

    public String defaultLocale() {
        return version == null ? survey.defaultLocale : version.defaultLocale();
    }

    public List<Question> questions() {
        return version == null ? survey.questions : version.questions();
    }

    public Instant publishedAt() {
        return version == null ? null : version.publishedAt();
    }
}
