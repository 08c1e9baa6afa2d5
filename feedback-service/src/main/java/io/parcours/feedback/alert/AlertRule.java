package io.parcours.feedback.alert;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.parcours.feedback.response.StoredResponse;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A workspace's alert rule as stored. Its scope is at most one of journey, stage and touchpoint (none: the whole
 * workspace); the SCORE_DROP settings are null for the other kinds.
 */
@RegisterForReflection
public record AlertRule(@BsonId String id, String workspaceId, String name, AlertKind kind,
        String journeyId, String stageId, String touchpointId,
        ScoreMetric metric, Integer windowDays, Double minimumDrop, Integer minimumResponses,
        boolean enabled, int revision, Instant createdAt, Instant updatedAt) {

    /** Whether the response lies in the rule's scope. */
    public boolean covers(StoredResponse response) {
        return (journeyId == null || journeyId.equalsIgnoreCase(response.journeyId()))
                && (stageId == null || stageId.equalsIgnoreCase(response.stageId()))
                && (touchpointId == null || touchpointId.equalsIgnoreCase(response.touchpointId()));
    }

    /** The scope's link field and id ("journeyId", …), or null for the whole workspace. */
    public String[] scope() {
        if (touchpointId != null) {
            return new String[] { "touchpointId", touchpointId };
        }
        if (stageId != null) {
            return new String[] { "stageId", stageId };
        }
        return journeyId == null ? null : new String[] { "journeyId", journeyId };
    }

    AlertRule edited(AlertRuleDetails details, Instant at) {
        return details.asRule(id, workspaceId, revision + 1, createdAt, at);
    }
}
