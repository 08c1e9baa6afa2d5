package io.parcours.gateway.persona;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * persona-service's Persona, named in Java as the type of the fields the gateway joins onto it (journeys). Its
 * fields are persona-service's own (PublicSchema reads them from its SDL) and are read from its JSON: at run time a
 * resolver's personas are that JSON, not instances of this record.
 */
public record Persona(@NonNull @Id String id) {
}
