package io.parcours.feedback.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.parcours.feedback.response.Answer;
import io.parcours.feedback.response.StoredResponse;
import io.parcours.feedback.survey.QuestionType;

/** The alerts one response raises under a workspace's rules: pure, so that it is tested without a store. */
public final class ResponseAlerts {

    private ResponseAlerts() {
    }

    /**
     * One alert per enabled rule in scope that an answer of the response fires (the first such answer). A rule
     * watches the responses received after it was made: one made today does not page anyone about last month's.
     */
    public static List<Alert> raisedBy(StoredResponse response, List<AlertRule> rules, Instant at) {
        List<Alert> raised = new ArrayList<>();
        for (AlertRule rule : rules) {
            if (!rule.enabled() || !rule.kind().firedByOneResponse() || !rule.covers(response)
                    || receivedBefore(response, rule)) {
                continue;
            }
            response.answers().stream().filter(answer -> fires(rule.kind(), answer)).findFirst()
                    .ifPresent(answer -> raised.add(alert(rule, response, answer, at)));
        }
        return raised;
    }

    private static boolean receivedBefore(StoredResponse response, AlertRule rule) {
        return response.receivedAt() != null && rule.createdAt() != null
                && response.receivedAt().isBefore(rule.createdAt());
    }

    static boolean fires(AlertKind kind, Answer answer) {
        if (answer.score() == null) {
            return false;
        }
        int score = answer.score();
        return switch (kind) {
            case DETRACTOR -> answer.type() == QuestionType.NPS && score <= 6;
            case LOW_CSAT -> answer.type() == QuestionType.CSAT && score <= 2;
            // Our CES scale runs from 1 (very difficult) to 7 (very easy): high effort is its bottom, 1–2 (6–7 on a
            // scale that counts effort upwards).
            case HIGH_EFFORT -> answer.type() == QuestionType.CES && score <= 2;
            case SCORE_DROP -> false;
        };
    }

    /** The same rule and response always give the same id. */
    public static String id(String ruleId, String responseId) {
        return UUID.nameUUIDFromBytes(("response|" + ruleId + "|" + responseId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Alert alert(AlertRule rule, StoredResponse response, Answer answer, Instant at) {
        return new Alert(id(rule.id(), response.id()), rule.workspaceId(), rule.id(), rule.name(), rule.kind(),
                AlertState.OPEN, null, null, at, null, null, at,
                response.id(), response.respondentRef(), response.surveyId(),
                response.journeyId(), response.stageId(), response.touchpointId(), response.personaId(),
                answer.questionId(), answer.score(), null, null, null, null, null, null, null);
    }
}
