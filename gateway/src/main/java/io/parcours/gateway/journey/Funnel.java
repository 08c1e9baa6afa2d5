package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * touchpoint-service's Funnel, named in Java as the type of Journey.funnel. Its fields are touchpoint-service's own
 * (PublicSchema reads them from its SDL) and are read from its JSON, never from instances of this record.
 */
public record Funnel(@NonNull @Id String journeyId) {
}
