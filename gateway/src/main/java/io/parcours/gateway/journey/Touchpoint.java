package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * touchpoint-service's Touchpoint, named in Java as the type of the fields the gateway joins onto it (scores and
 * surveys). Its fields are touchpoint-service's own (PublicSchema reads them from its SDL) and are read from its
 * JSON: at run time a resolver's touchpoints are that JSON, not instances of this record.
 */
public record Touchpoint(@NonNull @Id String id) {
}
