package io.parcours.gateway.emotion;

/** One touchpoint on the emotion curve (the type EmotionPoint of joins.graphql, whose fields describe it). */
public record EmotionPoint(String touchpointId, String touchpointName, String stageId, String stageName,
        Integer designed, Double measured, Double gap, int responseCount) {
}
