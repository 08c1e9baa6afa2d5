package io.parcours.feedback.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.alert.Alert;
import io.parcours.feedback.alert.AlertKind;
import io.parcours.feedback.alert.AlertState;
import io.parcours.feedback.alert.ScoreMetric;

@Name("Alert")
@Description("An alert a rule raised: for one response (DETRACTOR, LOW_CSAT, HIGH_EFFORT) or one score drop of a "
        + "touchpoint or stage over a window (SCORE_DROP), and its follow-up.")
public record AlertView(
        @NonNull @Id @Description("Stable identifier, derived from what raised it.") String id,
        @NonNull @Id @Description("The rule that raised it (it may since have been deleted).") String ruleId,
        @NonNull @Description("The rule's name when it raised it.") String ruleName,
        @NonNull @Description("What fired.") AlertKind kind,
        @NonNull @Description("Where its follow-up stands.") AlertState state,
        @Description("Who follows it up.") String assignee,
        @Description("The follow-up's note.") String note,
        @NonNull @Description("When it was raised.") Instant raisedAt,
        @Description("When it was acknowledged.") Instant acknowledgedAt,
        @Description("When it was closed.") Instant closedAt,
        @NonNull @Description("When it last changed.") Instant updatedAt,
        @Id @Description("The response that fired it.") String responseId,
        @Description("Who answered (the respondent's reference, to call them back); null once erased.") String respondentRef,
        @Id @Description("The survey answered.") String surveyId,
        @Id @Description("The journey it concerns.") String journeyId,
        @Id @Description("The stage it concerns.") String stageId,
        @Id @Description("The touchpoint it concerns.") String touchpointId,
        @Id @Description("The persona it concerns.") String personaId,
        @Description("The question whose answer fired it.") String questionId,
        @Description("That answer's score.") Integer score,
        @Description("SCORE_DROP: the score watched.") ScoreMetric metric,
        @Description("SCORE_DROP: start of the window (a UTC day).") Instant windowFrom,
        @Description("SCORE_DROP: end of the window, exclusive.") Instant windowTo,
        @Description("SCORE_DROP: the score over the window, one decimal.") Double value,
        @Description("SCORE_DROP: the score over the 30 days before the window, one decimal.") Double baseline,
        @Description("SCORE_DROP: answers in the window.") Integer windowResponses,
        @Description("SCORE_DROP: answers in the 30 days before.") Integer baselineResponses) {

    static AlertView of(Alert a) {
        return a == null ? null : new AlertView(a.id(), a.ruleId(), a.ruleName(), a.kind(), a.state(), a.assignee(),
                a.note(), a.raisedAt(), a.acknowledgedAt(), a.closedAt(), a.updatedAt(), a.responseId(), a.respondentRef(),
                a.surveyId(), a.journeyId(), a.stageId(), a.touchpointId(), a.personaId(), a.questionId(), a.score(),
                a.metric(), a.windowFrom(), a.windowTo(), a.value(), a.baseline(), a.windowResponses(),
                a.baselineResponses());
    }
}
