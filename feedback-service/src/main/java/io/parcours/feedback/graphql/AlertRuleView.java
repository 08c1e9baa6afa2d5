package io.parcours.feedback.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.alert.AlertKind;
import io.parcours.feedback.alert.AlertRule;
import io.parcours.feedback.alert.ScoreMetric;

@Name("AlertRule")
@Description("When to raise an alert, and for which part of the workspace.")
public record AlertRuleView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Name shown with its alerts.") String name,
        @NonNull @Description("What makes it fire.") AlertKind kind,
        @Id @Description("Scope: this journey (null with the others: the whole workspace).") String journeyId,
        @Id @Description("Scope: this stage.") String stageId,
        @Id @Description("Scope: this touchpoint.") String touchpointId,
        @Description("SCORE_DROP: the score watched.") ScoreMetric metric,
        @Description("SCORE_DROP: the window in UTC days, today included.") Integer windowDays,
        @Description("SCORE_DROP: points below the 30 days before the window that fire it.") Double minimumDrop,
        @Description("SCORE_DROP: answers needed in the window and in the 30 days before.") Integer minimumResponses,
        @Description("Whether it fires.") boolean enabled,
        @Description("Revision for optimistic locking: pass it as expectedRevision.") int revision,
        @NonNull @Description("When it was created.") Instant createdAt,
        @NonNull @Description("When it last changed.") Instant updatedAt) {

    static AlertRuleView of(AlertRule rule) {
        return rule == null ? null : new AlertRuleView(rule.id(), rule.name(), rule.kind(), rule.journeyId(),
                rule.stageId(), rule.touchpointId(), rule.metric(), rule.windowDays(), rule.minimumDrop(),
                rule.minimumResponses(), rule.enabled(), rule.revision(), rule.createdAt(), rule.updatedAt());
    }
}
