package io.parcours.feedback.alert;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An alert as stored. Its id is derived from what raised it (rule and response, or rule, subject and window), so
 * that a retried response or a rule evaluated twice finds it already there. A response alert names the answer that
 * fired it; a drop alert its window, value, baseline and counts. {@code respondentRef} is null once erased.
 */
@RegisterForReflection
public record Alert(@BsonId String id, String workspaceId, String ruleId, String ruleName, AlertKind kind,
        AlertState state, String assignee, String note,
        Instant raisedAt, Instant acknowledgedAt, Instant closedAt, Instant updatedAt,
        String responseId, String respondentRef, String surveyId,
        String journeyId, String stageId, String touchpointId, String personaId,
        String questionId, Integer score,
        ScoreMetric metric, Instant windowFrom, Instant windowTo, Double value, Double baseline,
        Integer windowResponses, Integer baselineResponses) {
}
