package io.parcours.feedback.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.smallrye.mutiny.Uni;

/** The rules that span fields of a survey, after Bean Validation checked each field of its input. */
final class SurveyRules {

    private SurveyRules() {
    }

    static Uni<Void> check(SurveyDetails details) {
        List<Violation> violations = new ArrayList<>();
        if (details.opensAt() != null && details.closesAt() != null && !details.opensAt().isBefore(details.closesAt())) {
            violations.add(new Violation("input.closesAt", "must be after opensAt"));
        }
        checkMillis("input.opensAt", details.opensAt(), violations);
        checkMillis("input.closesAt", details.closesAt(), violations);
        String locale = details.defaultLocale() == null ? "en" : details.defaultLocale();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < details.questions().size(); i++) {
            Question question = details.questions().get(i);
            String at = "input.questions[" + i + "]";
            if (!ids.add(question.id)) {
                violations.add(new Violation(at + ".id", "must be unique in the survey"));
            }
            checkLabels(at, question.labels, locale, violations);
            checkRange(at, question, violations);
            checkOptions(at, question, locale, violations);
            if (question.type != QuestionType.TEXT && question.maxLength != null) {
                violations.add(new Violation(at + ".maxLength", "is only for TEXT questions"));
            }
        }
        checkHiddenFields(details.hiddenFields(), violations);
        return violations.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new ValidationException(violations));
    }

    /** The page's own parameters (lang, via, score) would be read as hidden fields too: they are refused. */
    static final Set<String> RESERVED_PARAMETERS = Set.of("lang", "via", "score");

    private static void checkHiddenFields(List<String> names, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            String name = names.get(i);
            if (!seen.add(name)) {
                violations.add(new Violation("input.hiddenFields[" + i + "]", "must be unique; " + name + " repeats"));
            } else if (RESERVED_PARAMETERS.contains(name)) {
                violations.add(new Violation("input.hiddenFields[" + i + "]",
                        "must not be lang, via or score: the page reads those itself"));
            }
        }
    }

    /** Stored as a date, which holds milliseconds: a finer instant would be changed on its way in. */
    private static void checkMillis(String field, Instant time, List<Violation> violations) {
        if (time != null && time.getNano() % 1_000_000 != 0) {
            violations.add(new Violation(field, "must be given to the millisecond at most"));
        }
    }

    private static void checkLabels(String at, List<LocalizedText> labels, String locale, List<Violation> violations) {
        Set<String> locales = new HashSet<>();
        for (LocalizedText label : labels) {
            if (!locales.add(label.locale)) {
                violations.add(new Violation(at + ".labels", "must have one text per locale; " + label.locale + " repeats"));
            }
        }
        if (!locales.contains(locale)) {
            violations.add(new Violation(at + ".labels", "must include the default locale " + locale));
        }
    }

    private static void checkRange(String at, Question question, List<Violation> violations) {
        if (question.type == QuestionType.RATING) {
            if (question.min == null || question.max == null) {
                violations.add(new Violation(at + ".max", "min and max are required for RATING"));
            } else if (question.max <= question.min) {
                violations.add(new Violation(at + ".max", "must be greater than min"));
            }
        } else if (question.min != null || question.max != null) {
            violations.add(new Violation(at + ".min", "min and max are only for RATING questions"));
        }
    }

    private static void checkOptions(String at, Question question, String locale, List<Violation> violations) {
        List<Option> options = question.options == null ? List.of() : question.options;
        if (!question.type.isChoice()) {
            if (!options.isEmpty()) {
                violations.add(new Violation(at + ".options", "are only for SINGLE_CHOICE and MULTIPLE_CHOICE questions"));
            }
            return;
        }
        if (options.size() < 2) {
            violations.add(new Violation(at + ".options", "must hold 2 to 20 options"));
        }
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < options.size(); k++) {
            if (!ids.add(options.get(k).id)) {
                violations.add(new Violation(at + ".options[" + k + "].id", "must be unique in the question"));
            }
            checkLabels(at + ".options[" + k + "]", options.get(k).labels, locale, violations);
        }
    }
}
