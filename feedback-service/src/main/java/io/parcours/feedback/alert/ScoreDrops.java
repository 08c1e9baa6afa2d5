package io.parcours.feedback.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parcours.feedback.score.FeedbackSummary;
import io.parcours.feedback.score.SubjectScores;
import io.parcours.feedback.score.SubjectScores.Measured;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Evaluates the SCORE_DROP rules (every {@code parcours.alerts.drop-check-every}, driven by the worker that publishes
 * what they raise): for each touchpoint and stage in a rule's scope, its NPS or CSAT over the window (the last {@code windowDays} UTC days, today included) against the 30
 * days before the window. Both need at least {@code minimumResponses} answers, so that one answer cannot fire it.
 * One alert per rule, subject and window end: every replica may evaluate, the second finds the alert stored.
 */
@ApplicationScoped
public class ScoreDrops {

    static final int BASELINE_DAYS = 30;

    private final AlertRuleStore rules;
    private final AlertStore alerts;
    private final SubjectScores scores;

    public ScoreDrops(AlertRuleStore rules, AlertStore alerts, SubjectScores scores) {
        this.rules = rules;
        this.alerts = alerts;
        this.scores = scores;
    }

    /** Evaluates every enabled SCORE_DROP rule as of {@code now} and stores the alerts raised; returns them. */
    public Uni<List<Alert>> check(Instant now) {
        return rules.enabledOfKind(AlertKind.SCORE_DROP).onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(rule -> evaluate(rule, now))
                .collect().in(() -> (List<Alert>) new ArrayList<Alert>(), List::addAll)
                .call(raised -> alerts.raiseAll(raised));
    }

    private Uni<List<Alert>> evaluate(AlertRule rule, Instant now) {
        Instant windowTo = now.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        Instant windowFrom = windowTo.minus(rule.windowDays(), ChronoUnit.DAYS);
        Instant baselineFrom = windowFrom.minus(BASELINE_DAYS, ChronoUnit.DAYS);
        String[] scope = rule.scope();
        String link = scope == null ? null : scope[0];
        String id = scope == null ? null : scope[1];
        return scores.over(rule.workspaceId(), link, id, windowFrom, windowTo)
                .chain(window -> scores.over(rule.workspaceId(), link, id, baselineFrom, windowFrom)
                        .map(baseline -> drops(rule, window, baseline, windowFrom, windowTo, now)));
    }

    static List<Alert> drops(AlertRule rule, Map<String, Measured> window, Map<String, Measured> baseline,
            Instant windowFrom, Instant windowTo, Instant now) {
        boolean nps = rule.metric() == ScoreMetric.NPS;
        List<Alert> raised = new ArrayList<>();
        window.forEach((key, recent) -> {
            Measured before = baseline.get(key);
            // A touchpoint-scoped rule watches that touchpoint only, not the stage it sits in.
            if (before == null || (rule.touchpointId() != null && recent.level().equals("stageId"))) {
                return;
            }
            if (recent.answers(nps) < rule.minimumResponses() || before.answers(nps) < rule.minimumResponses()) {
                return;
            }
            double drop = before.value(nps) - recent.value(nps);
            if (drop >= rule.minimumDrop()) {
                raised.add(alert(rule, recent, before, nps, windowFrom, windowTo, now));
            }
        });
        return raised;
    }

    /** The same rule, subject and window end always give the same id. */
    static String id(String ruleId, String subjectKey, Instant windowTo) {
        return UUID.nameUUIDFromBytes(("drop|" + ruleId + "|" + subjectKey + "|" + windowTo)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Alert alert(AlertRule rule, Measured recent, Measured before, boolean nps, Instant windowFrom,
            Instant windowTo, Instant now) {
        return new Alert(id(rule.id(), recent.level() + "|" + recent.subjectId(), windowTo), rule.workspaceId(), rule.id(),
                rule.name(), rule.kind(), AlertState.OPEN, null, null, now, null, null, now,
                null, null, null, recent.journeyId(), recent.stageId(), recent.touchpointId(), null, null, null,
                rule.metric(), windowFrom, windowTo, FeedbackSummary.round(recent.value(nps), 1),
                FeedbackSummary.round(before.value(nps), 1),
                (int) recent.answers(nps), (int) before.answers(nps));
    }
}
