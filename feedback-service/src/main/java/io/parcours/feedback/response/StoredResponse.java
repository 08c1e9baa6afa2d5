package io.parcours.feedback.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A response as stored (the driver's record codec maps it). The survey's links are copied in, so that scores
 * filter and group by touchpoint, stage, journey or persona without a join. A missing link is absent from the
 * document; responses stored earlier carry it as null, which every filter and group reads the same way. Hidden fields
 * (e.g. an order number) come from the hosted page's link, the page URL from the website widget; null otherwise.
 */
@RegisterForReflection(targets = { StoredResponse.class, Answer.class })
public record StoredResponse(@BsonId String id, String workspaceId, String surveyId, int surveyVersion,
        String clientResponseId, String respondentRef, ResponseChannel channel, String locale,
        Instant submittedAt, Instant receivedAt,
        String journeyId, String stageId, String touchpointId, String personaId, List<Answer> answers,
        Map<String, String> hiddenFields, String pageUrl) {

    /** The value of one of the link fields named in the scores' keys ("surveyId", "touchpointId", …). */
    public String link(String name) {
        return switch (name) {
            case "surveyId" -> surveyId;
            case "touchpointId" -> touchpointId;
            case "stageId" -> stageId;
            case "journeyId" -> journeyId;
            case "personaId" -> personaId;
            default -> throw new IllegalArgumentException("not a link: " + name);
        };
    }
}
