package io.parcours.gateway.forward;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a forwarded root field returns in Java: the subgraph's JSON answer for the field. The public schema gives
 * the field the type and arguments the subgraph's SDL gives it (PublicSchema), so this type never appears there.
 */
@Description("Replaced by the serving subgraph's type.")
public record Forwarded(String subgraphType) {
}
