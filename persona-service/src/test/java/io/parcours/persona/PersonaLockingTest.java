package io.parcours.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.persona.support.Personas;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PersonaLockingTest {

    private final String editor = Tokens.of("locking-" + UUID.randomUUID(), "editor");

    @Test
    void staleExpectedVersionIsAConflictAndChangesNothing() {
        Map<String, Object> created = Personas.create(editor, Personas.full("Sofia"));
        Object id = created.get("id");
        GraphQL.call(editor, Personas.UPDATE, Map.of("id", id, "input", Personas.full("Sofia v1"), "v", 0));
        Map<String, Object> current = GraphQL.call(editor, Personas.GET, Map.of("id", id)).getMap("data.persona");

        JsonPath stale = GraphQL.call(editor, Personas.UPDATE, Map.of("id", id, "input", Personas.full("Lost write"), "v", 0));

        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(stale.getString("errors[0].message")).contains("version 1").contains("expectedVersion 0");
        assertThat(GraphQL.call(editor, Personas.GET, Map.of("id", id)).getMap("data.persona")).isEqualTo(current);
    }

    @Test
    void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWins() {
        for (int round = 0; round < 5; round++) {
            Object id = Personas.create(editor, Personas.minimal("Race " + round)).get("id");
            List<CompletableFuture<JsonPath>> writers = List.of("Left", "Right").stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> GraphQL.call(editor, Personas.UPDATE,
                            Map.of("id", id, "input", Personas.minimal(name), "v", 0))))
                    .toList();
            List<JsonPath> results = writers.stream().map(CompletableFuture::join).toList();

            long wins = results.stream().filter(r -> r.get("errors") == null).count();
            List<String> codes = results.stream().filter(r -> r.get("errors") != null)
                    .map(r -> r.getString("errors[0].extensions.code")).toList();
            assertThat(wins).isEqualTo(1);
            assertThat(codes).containsExactly("CONFLICT");
            JsonPath stored = GraphQL.call(editor, Personas.GET, Map.of("id", id));
            assertThat(stored.getInt("data.persona.version")).isEqualTo(1);
        }
    }
}
