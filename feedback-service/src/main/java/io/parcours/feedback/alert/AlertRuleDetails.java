package io.parcours.feedback.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.smallrye.mutiny.Uni;

/** A rule as the client wants it, its fields' own rules checked (Bean Validation); the rules between fields here. */
public record AlertRuleDetails(String name, AlertKind kind, String journeyId, String stageId, String touchpointId,
        ScoreMetric metric, Integer windowDays, Double minimumDrop, Integer minimumResponses, boolean enabled) {

    public static final int MAX_WINDOW_DAYS = 30;
    public static final int DEFAULT_MINIMUM_RESPONSES = 10;
    public static final int MAX_MINIMUM_RESPONSES = 100_000;

    /** The violations of the rules between fields, each under {@code argument.<field>}. */
    public List<Violation> violations(String argument) {
        List<Violation> violations = new ArrayList<>();
        int scopes = (journeyId == null ? 0 : 1) + (stageId == null ? 0 : 1) + (touchpointId == null ? 0 : 1);
        if (scopes > 1) {
            violations.add(new Violation(argument + ".journeyId", "at most one of journeyId, stageId and touchpointId "
                    + "may be given (none: the whole workspace)"));
        }
        if (kind == AlertKind.SCORE_DROP) {
            if (metric == null) {
                violations.add(new Violation(argument + ".metric", "is required for a SCORE_DROP rule"));
            }
            if (windowDays == null) {
                violations.add(new Violation(argument + ".windowDays", "is required for a SCORE_DROP rule"));
            }
            if (minimumDrop == null) {
                violations.add(new Violation(argument + ".minimumDrop", "is required for a SCORE_DROP rule"));
            } else if (metric == ScoreMetric.CSAT && minimumDrop > 100) {
                violations.add(new Violation(argument + ".minimumDrop", "must be at most 100 for CSAT (a percentage)"));
            }
        } else {
            for (var setting : List.of(new Object[] { "metric", metric }, new Object[] { "windowDays", windowDays },
                    new Object[] { "minimumDrop", minimumDrop }, new Object[] { "minimumResponses", minimumResponses })) {
                if (setting[1] != null) {
                    violations.add(new Violation(argument + "." + setting[0], "applies only to SCORE_DROP rules"));
                }
            }
        }
        return violations;
    }

    /** These details, or a VALIDATION failure naming every broken rule between fields. */
    public Uni<AlertRuleDetails> checked(String argument) {
        List<Violation> violations = violations(argument);
        return violations.isEmpty() ? Uni.createFrom().item(this) : Uni.createFrom().failure(new ValidationException(violations));
    }

    AlertRule asRule(String id, String workspaceId, int revision, Instant createdAt, Instant updatedAt) {
        boolean drop = kind == AlertKind.SCORE_DROP;
        return new AlertRule(id, workspaceId, name, kind, lower(journeyId), lower(stageId), lower(touchpointId),
                metric, windowDays, minimumDrop,
                drop ? (minimumResponses == null ? DEFAULT_MINIMUM_RESPONSES : minimumResponses) : null,
                enabled, revision, createdAt, updatedAt);
    }

    /** Ids in their canonical lower-case form, as surveys store their links. */
    private static String lower(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
