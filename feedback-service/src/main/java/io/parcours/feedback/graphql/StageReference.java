package io.parcours.feedback.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A stage of touchpoint-service, known here by its key only: this subgraph adds its feedback to it. */
@Name("Stage")
@Key(fields = @FieldSet("id"))
@Description("A stage of touchpoint-service; this subgraph contributes the scores of the responses about it.")
public record StageReference(@NonNull @Id @Description("Stable identifier (UUID).") String id) {
}
