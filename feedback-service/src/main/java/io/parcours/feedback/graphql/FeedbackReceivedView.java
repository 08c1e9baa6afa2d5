package io.parcours.feedback.graphql;

import java.time.Instant;

import org.bson.Document;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.event.LiveEvent;
import io.parcours.feedback.response.ResponseChannel;
import io.parcours.feedback.score.FeedbackSummary;

@Name("FeedbackReceived")
@Description("A response was stored: its own NPS, CSAT and CES answers, and the all-time scores of its journey, stage "
        + "and touchpoint with it counted.")
public record FeedbackReceivedView(
        @NonNull @Id @Description("The event's id: the same for the same response, whichever replica sends it.") String eventId,
        @NonNull @Id @Description("The stored response.") String responseId,
        @NonNull @Id @Description("The survey answered.") String surveyId,
        @Id @Description("The journey it is about.") String journeyId,
        @Id @Description("The stage it is about.") String stageId,
        @Id @Description("The touchpoint it is about.") String touchpointId,
        @Id @Description("The persona it is about.") String personaId,
        @Description("Where it was answered.") ResponseChannel channel,
        @NonNull @Description("When the respondent submitted it.") Instant submittedAt,
        @Description("Its NPS answer, 0–10 (the first, if several).") Integer nps,
        @Description("Its CSAT answer, 1–5.") Integer csat,
        @Description("Its CES answer, 1–7.") Integer ces,
        @Description("The journey's all-time scores with it counted.") FeedbackSummary journey,
        @Description("The stage's all-time scores with it counted.") FeedbackSummary stage,
        @Description("The touchpoint's all-time scores with it counted.") FeedbackSummary touchpoint) {

    static FeedbackReceivedView of(LiveEvent live) {
        Document data = live.event().data();
        Document scores = data.get("scores", Document.class);
        String channel = data.getString("channel");
        return new FeedbackReceivedView(live.event().id(), data.getString("responseId"), data.getString("surveyId"),
                data.getString("journeyId"), data.getString("stageId"), data.getString("touchpointId"),
                data.getString("personaId"), channel == null ? null : ResponseChannel.valueOf(channel),
                Instant.parse(data.getString("submittedAt")), scores.getInteger("nps"), scores.getInteger("csat"),
                scores.getInteger("ces"), live.summaries().get("journeyId"), live.summaries().get("stageId"),
                live.summaries().get("touchpointId"));
    }
}
