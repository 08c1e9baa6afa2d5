package io.parcours.feedback.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A touchpoint of touchpoint-service, known here by its key only: this subgraph adds its feedback to it. */
@Name("Touchpoint")
@Key(fields = @FieldSet("id"))
@Description("A touchpoint of touchpoint-service; this subgraph contributes the scores of the responses about it.")
public record TouchpointReference(@NonNull @Id @Description("Stable identifier (UUID).") String id) {
}
