package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * touchpoint-service's Journey, named in Java as the type of the fields the gateway joins onto it (persona, funnel,
 * scores and emotion curve). Its fields are touchpoint-service's own (PublicSchema reads them from its SDL) and are
 * read from its JSON: at run time a resolver's journeys are that JSON, not instances of this record.
 */
public record Journey(@NonNull @Id String id) {
}
