package io.parcours.feedback.event;

import java.time.Instant;

import org.bson.Document;

import io.parcours.feedback.alert.Alert;
import io.parcours.feedback.response.Answer;
import io.parcours.feedback.response.StoredResponse;

/** The events a response and an alert make, with the bodies subscribers and webhook receivers get. */
public final class FeedEvents {

    private FeedEvents() {
    }

    /** A response received, with its NPS, CSAT and CES answers (no personal data: no respondent, no text). */
    public static FeedEvent received(StoredResponse response, Instant at) {
        Document scores = new Document();
        for (Answer answer : response.answers()) {
            if (answer.score() != null && answer.type() != null) {
                switch (answer.type()) {
                    case NPS, CSAT, CES -> scores.putIfAbsent(answer.type().name().toLowerCase(), answer.score());
                    default -> {
                    }
                }
            }
        }
        Document data = new Document("responseId", response.id())
                .append("surveyId", response.surveyId()).append("surveyVersion", response.surveyVersion())
                .append("journeyId", response.journeyId()).append("stageId", response.stageId())
                .append("touchpointId", response.touchpointId()).append("personaId", response.personaId())
                .append("channel", response.channel() == null ? null : response.channel().name())
                .append("submittedAt", response.submittedAt().toString())
                .append("scores", scores);
        return new FeedEvent(FeedEvent.id(FeedEvent.FEEDBACK_RECEIVED, response.id()), FeedEvent.FEEDBACK_RECEIVED,
                response.workspaceId(), response.journeyId(), at, data);
    }

    /** An alert raised, as it was when raised. */
    public static FeedEvent raised(Alert alert, Instant at) {
        Document data = new Document("alertId", alert.id()).append("ruleId", alert.ruleId())
                .append("ruleName", alert.ruleName()).append("kind", alert.kind().name())
                .append("state", alert.state().name()).append("raisedAt", alert.raisedAt().toString())
                .append("responseId", alert.responseId()).append("respondentRef", alert.respondentRef())
                .append("surveyId", alert.surveyId()).append("journeyId", alert.journeyId())
                .append("stageId", alert.stageId()).append("touchpointId", alert.touchpointId())
                .append("personaId", alert.personaId()).append("questionId", alert.questionId())
                .append("score", alert.score())
                .append("metric", alert.metric() == null ? null : alert.metric().name())
                .append("windowFrom", text(alert.windowFrom())).append("windowTo", text(alert.windowTo()))
                .append("value", alert.value()).append("baseline", alert.baseline())
                .append("windowResponses", alert.windowResponses()).append("baselineResponses", alert.baselineResponses());
        return new FeedEvent(FeedEvent.id(FeedEvent.ALERT_RAISED, alert.id()), FeedEvent.ALERT_RAISED,
                alert.workspaceId(), alert.journeyId(), at, data);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
