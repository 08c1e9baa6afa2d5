package io.parcours.touchpoint.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A persona of persona-service, known here by its key only: this subgraph adds its journeys to it. */
@Name("Persona")
@Key(fields = @FieldSet("id"))
@Description("A persona of persona-service; this subgraph contributes the journeys that follow it.")
public record PersonaReference(@NonNull @Id @Description("Stable identifier (UUID).") String id) {
}
