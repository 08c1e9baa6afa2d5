package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * feedback-service's Survey, named in Java as the type of a field the gateway joins (Touchpoint.surveys). Its
 * fields are feedback-service's own (PublicSchema reads them from its SDL) and are read from its JSON: at run time
 * a resolver's surveys are that JSON, not instances of this record.
 */
public record Survey(@NonNull @Id String id) {
}
