package io.parcours.feedback.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parcours.feedback.response.Answer;
import io.parcours.feedback.survey.Option;
import io.parcours.feedback.survey.Question;
import io.parcours.feedback.survey.QuestionType;
import io.parcours.feedback.survey.SurveyAsOf;
import io.parcours.feedback.survey.SurveyStatus;

/**
 * Checks a response against the survey version it answers. Every broken rule becomes one reason that
 * names the field and, for answers, the question.
 */
final class ResponseValidator {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_ANSWERS = 50;

    private ResponseValidator() {
    }

    /** Reasons the envelope (ids, dates, survey state) is refused; empty when it is fine. */
    static List<Refusal> envelope(Submission input, Instant now) {
        List<Refusal> reasons = new ArrayList<>();
        if (input.clientResponseId() == null || input.clientResponseId().isBlank() || input.clientResponseId().length() > 100) {
            reasons.add(Refusal.of("clientResponseId", "must be 1 to 100 characters"));
        }
        if (input.respondentRef() != null && input.respondentRef().length() > 200) {
            reasons.add(Refusal.of("respondentRef", "must be at most 200 characters"));
        }
        if (input.locale() != null && !input.locale().matches("^[a-z]{2}(-[A-Z]{2})?$")) {
            reasons.add(Refusal.of("locale", "must be a locale like en or fr-FR"));
        }
        if (input.submittedAt() == null) {
            reasons.add(Refusal.of("submittedAt", "is required"));
        } else if (input.submittedAt().toInstant().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            reasons.add(Refusal.of("submittedAt", "must not be more than 5 minutes in the future"));
        }
        if (input.answers() == null || input.answers().isEmpty() || input.answers().size() > MAX_ANSWERS) {
            reasons.add(Refusal.of("answers", "must hold 1 to " + MAX_ANSWERS + " answers"));
        }
        return reasons;
    }

    /** Reasons the survey does not take this response; empty when it does. */
    static List<Refusal> survey(SurveyAsOf survey, Submission input) {
        Instant at = input.submittedAt().toInstant();
        if (!survey.survey().acceptsResponsesAt(at)) {
            return List.of(Refusal.at("surveyId", "the survey is " + survey.survey().status
                    + (survey.survey().status == SurveyStatus.ACTIVE ? " but not open at " + at : "")
                    + " and takes no responses"));
        }
        return List.of();
    }

    /**
     * Checks each answer against its question; fills {@code answers} with the accepted ones. A partial response may
     * leave required questions unanswered.
     */
    static List<Refusal> answers(SurveyAsOf survey, List<GivenAnswer> given, List<Answer> answers, boolean partial) {
        Map<String, Question> questions = new HashMap<>();
        survey.questions().forEach(q -> questions.put(q.id, q));
        List<Refusal> reasons = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            GivenAnswer answer = given.get(i);
            String at = "answers[" + i + "]";
            Question question = answer == null ? null : questions.get(answer.questionId());
            if (question == null) {
                reasons.add(Refusal.at(at + ".questionId", "no question " + (answer == null ? null : answer.questionId())
                        + " in version " + survey.versionNumber()));
                continue;
            }
            if (!answered.add(question.id)) {
                reasons.add(Refusal.at(at + ".questionId", "question " + question.id + " is answered twice"));
                continue;
            }
            int before = reasons.size();
            check(at, question, answer, reasons);
            if (reasons.size() == before) {
                answers.add(new Answer(question.id, question.type, answer.score(),
                        answer.optionIds() == null ? null : List.copyOf(answer.optionIds()), answer.text()));
            }
        }
        for (Question question : survey.questions()) {
            if (question.required && !partial && !answered.contains(question.id)) {
                reasons.add(Refusal.at("answers", "question " + question.id + " is required"));
            }
        }
        return reasons;
    }

    private static void check(String at, Question question, GivenAnswer answer, List<Refusal> reasons) {
        QuestionType type = question.type;
        if (!type.isScore() && answer.score() != null || !type.isChoice() && answer.optionIds() != null
                || type != QuestionType.TEXT && answer.text() != null) {
            reasons.add(Refusal.at(at, "question " + question.id + " is " + type + " and takes "
                    + (type.isScore() ? "a score" : type.isChoice() ? "optionIds" : "a text") + " only"));
            return;
        }
        if (type.isScore()) {
            if (answer.score() == null || answer.score() < question.lowest() || answer.score() > question.highest()) {
                reasons.add(Refusal.at(at + ".score", "question " + question.id + " needs a score from "
                        + question.lowest() + " to " + question.highest()));
            }
        } else if (type.isChoice()) {
            checkChoice(at, question, answer.optionIds(), reasons);
        } else if (answer.text() == null || answer.text().isBlank() || answer.text().length() > question.longestText()) {
            reasons.add(Refusal.at(at + ".text", "question " + question.id + " needs a text of 1 to "
                    + question.longestText() + " characters"));
        }
    }

    private static void checkChoice(String at, Question question, List<String> chosen, List<Refusal> reasons) {
        if (chosen == null || chosen.isEmpty()) {
            reasons.add(Refusal.at(at + ".optionIds", "question " + question.id + " needs at least one option"));
            return;
        }
        if (question.type == QuestionType.SINGLE_CHOICE && chosen.size() > 1) {
            reasons.add(Refusal.at(at + ".optionIds", "question " + question.id
                    + " is SINGLE_CHOICE and takes exactly one option"));
        }
        Set<String> known = new HashSet<>();
        question.options.stream().map((Option o) -> o.id).forEach(known::add);
        for (String option : chosen) {
            if (!known.contains(option)) {
                reasons.add(Refusal.at(at + ".optionIds", "question " + question.id + " has no option " + option));
            }
        }
        if (new HashSet<>(chosen).size() < chosen.size()) {
            reasons.add(Refusal.at(at + ".optionIds", "an option is chosen twice"));
        }
    }
}
