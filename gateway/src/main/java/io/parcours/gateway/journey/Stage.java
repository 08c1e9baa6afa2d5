package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * touchpoint-service's Stage, named in Java as the type of the fields the gateway joins onto it (scores). Its
 * fields are touchpoint-service's own (PublicSchema reads them from its SDL) and are read from its JSON: at run
 * time a resolver's stages are that JSON, not instances of this record.
 */
public record Stage(@NonNull @Id String id) {
}
