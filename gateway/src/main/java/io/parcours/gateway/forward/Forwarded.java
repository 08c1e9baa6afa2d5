package io.parcours.gateway.forward;

import org.eclipse.microprofile.graphql.Description;

import io.parcours.gateway.feedback.FeedbackSummary;
import io.parcours.gateway.feedback.Survey;
import io.parcours.gateway.journey.Funnel;
import io.parcours.gateway.journey.Journey;
import io.parcours.gateway.journey.Stage;
import io.parcours.gateway.journey.Touchpoint;
import io.parcours.gateway.persona.Persona;

/**
 * What a forwarded root field returns in Java: the subgraph's JSON answer for the field. The public schema gives
 * the field the type and arguments the subgraph's SDL gives it (PublicSchema), so this type never appears there.
 * Its components reach, for SmallRye, the types the gateway joins fields onto or returns from joins (SmallRye only
 * builds the types its root fields reach, and PublicSchema finds the joins on them).
 */
@Description("Replaced by the serving subgraph's type.")
public record Forwarded(Journey journey, Stage stage, Touchpoint touchpoint, Persona persona, Survey survey,
        Funnel funnel, FeedbackSummary feedbackSummary) {
}
