package io.parcours.touchpoint;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.KeptSchema;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The subgraph SDL (as a federation gateway reads it) is touchpoint-service/schema.graphql; CI composes the three. */
@QuarkusTest
class SchemaTest {

    @Test
    void subgraphSdlIsTheKeptOne() {
        KeptSchema.check(GraphQL.call(Tokens.of("schema", "viewer"), "{ _service { sdl } }").getString("data._service.sdl"));
    }
}
