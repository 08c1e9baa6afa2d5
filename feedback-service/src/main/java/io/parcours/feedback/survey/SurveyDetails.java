package io.parcours.feedback.survey;

import java.time.Instant;
import java.util.List;

/** What an editor sets on a draft: every field of it, replaced as a whole on update. */
public record SurveyDetails(String title, SurveyKind kind, Instant opensAt, Instant closesAt, String journeyId,
        String stageId, String touchpointId, String personaId, String defaultLocale, List<Question> questions,
        List<String> hiddenFields, Integer reminderAfterDays) {
}
