package io.parcours.gateway.emotion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One touchpoint on the emotion curve: the emotion designed for it and the one its survey scores show.")
public record EmotionPoint(
        @NonNull @Id @Description("The touchpoint.") String touchpointId,
        @NonNull @Description("Touchpoint name.") String touchpointName,
        @NonNull @Id @Description("Its stage.") String stageId,
        @NonNull @Description("Stage name.") String stageName,
        @Description("Designed emotion, −2 … +2; null when not set.") Integer designed,
        @Description("Measured emotion, −2 … +2, from the touchpoint's survey scores: CSAT mean − 3, NPS / 50, "
                + "(CES mean − 4) × 2/3, weighted by answer counts, two decimals; null without answers.") Double measured,
        @Description("measured − designed, two decimals: negative where the experience is worse than designed.") Double gap,
        @Description("Survey responses about the touchpoint behind the measure.") int responseCount) {
}
