package io.parcours.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.persona.support.Personas;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PersonaCrudTest {

    private final String workspace = "crud-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void createsAndReadsBackEveryField() {
        Map<String, Object> created = Personas.create(editor, Personas.full("  Sofia  "));

        assertEveryField(created, "Sofia");
        assertThat(created.get("version")).isEqualTo(0);
        assertThat(created.get("archived")).isEqualTo(false);
        assertThat(Instant.parse((String) created.get("createdAt"))).isEqualTo(Instant.parse((String) created.get("updatedAt")));

        Map<String, Object> read = GraphQL.call(Tokens.of(workspace, "viewer"), Personas.GET, Map.of("id", created.get("id")))
                .getMap("data.persona");
        assertThat(read).isEqualTo(created);
    }

    @Test
    void minimalPersonaHasEmptyListsAndNullOptionals() {
        Map<String, Object> created = Personas.create(editor, Personas.minimal("Marc"));

        assertThat(created.get("name")).isEqualTo("Marc");
        assertThat(created.get("title")).isNull();
        assertThat(created.get("avatarUrl")).isNull();
        assertThat((Map<?, ?>) created.get("demographics")).allSatisfy((k, v) -> assertThat(v).isNull());
        for (String list : List.of("goals", "frustrations", "motivations", "behaviours", "preferredChannels", "tags")) {
            assertThat((List<?>) created.get(list)).as(list).isEmpty();
        }
    }

    @Test
    void updateReplacesEveryFieldAndBumpsVersion() {
        Map<String, Object> created = Personas.create(editor, Personas.full("Sofia"));
        Map<String, Object> changes = Personas.minimal("Sofia B.");
        changes.put("title", "Weekend planner");
        changes.put("tags", List.of("family", "family", "weekend"));
        changes.put("preferredChannels", List.of("STORE", "STORE", "PHONE"));

        JsonPath body = GraphQL.call(editor, Personas.UPDATE, Map.of("id", created.get("id"), "input", changes, "v", 0));
        Map<String, Object> updated = body.getMap("data.updatePersona");

        assertThat(updated.get("name")).isEqualTo("Sofia B.");
        assertThat(updated.get("title")).isEqualTo("Weekend planner");
        assertThat(updated.get("summary")).isNull();
        assertThat(updated.get("goals")).isEqualTo(List.of());
        assertThat(updated.get("tags")).isEqualTo(List.of("family", "weekend"));
        assertThat(updated.get("preferredChannels")).isEqualTo(List.of("STORE", "PHONE"));
        assertThat(updated.get("version")).isEqualTo(1);
        assertThat(updated.get("createdAt")).isEqualTo(created.get("createdAt"));
        assertThat(Instant.parse((String) updated.get("updatedAt"))).isAfter(Instant.parse((String) created.get("createdAt")));
        assertThat(GraphQL.call(editor, Personas.GET, Map.of("id", created.get("id"))).getMap("data.persona")).isEqualTo(updated);
    }

    @Test
    void archiveHidesFromListingAndRestoreBringsBack() {
        Map<String, Object> created = Personas.create(editor, Personas.minimal("Archie"));
        String id = (String) created.get("id");

        JsonPath archived = GraphQL.call(editor, "mutation($id: ID!) { archivePersona(id: $id) { archived version } }", Map.of("id", id));
        assertThat(archived.getBoolean("data.archivePersona.archived")).isTrue();
        assertThat(archived.getInt("data.archivePersona.version")).isEqualTo(1);
        assertThat(listedIds(false)).doesNotContain(id);
        assertThat(listedIds(true)).contains(id);
        assertThat(GraphQL.call(editor, Personas.GET, Map.of("id", id)).getBoolean("data.persona.archived")).isTrue();

        JsonPath again = GraphQL.call(editor, "mutation($id: ID!) { archivePersona(id: $id) { version } }", Map.of("id", id));
        assertThat(again.getInt("data.archivePersona.version")).as("archiving twice changes nothing").isEqualTo(1);

        JsonPath restored = GraphQL.call(editor, "mutation($id: ID!) { restorePersona(id: $id) { archived version } }", Map.of("id", id));
        assertThat(restored.getBoolean("data.restorePersona.archived")).isFalse();
        assertThat(restored.getInt("data.restorePersona.version")).isEqualTo(2);
        assertThat(listedIds(false)).contains(id);
    }

    @Test
    void unknownIdsReadAsNullAndWritesAsNotFound() {
        String unknown = UUID.randomUUID().toString();
        assertThat(GraphQL.call(editor, Personas.GET, Map.of("id", unknown)).getMap("data.persona")).isNull();
        assertThat(GraphQL.call(editor, Personas.GET, Map.of("id", "not-a-uuid")).getMap("data.persona")).isNull();

        JsonPath body = GraphQL.call(editor, "mutation($id: ID!) { archivePersona(id: $id) { id } }", Map.of("id", unknown));
        assertThat(body.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(body.getString("errors[0].message")).contains(unknown);
    }

    private List<String> listedIds(boolean includeArchived) {
        return GraphQL.call(editor, "query($a: Boolean!) { personas(includeArchived: $a, first: 100) { edges { node { id } } } }",
                Map.of("a", includeArchived)).getList("data.personas.edges.node.id");
    }

    @SuppressWarnings("unchecked")
    private static void assertEveryField(Map<String, Object> persona, String name) {
        assertThat(persona.get("id")).asString().hasSize(36);
        assertThat(persona.get("name")).isEqualTo(name);
        assertThat(persona.get("title")).isEqualTo("Busy parent");
        assertThat(persona.get("summary")).isEqualTo("Works full time, shops on the phone between school runs.");
        assertThat(persona.get("quote")).isEqualTo("If it takes more than two taps, I give up.");
        assertThat(persona.get("avatarUrl")).isEqualTo("https://cdn.example.com/avatars/sofia.png");
        assertThat((Map<String, Object>) persona.get("demographics")).isEqualTo(Map.of("ageRange", "AGE_35_44",
                "location", "Lyon, France", "occupation", "Nurse", "familyStatus", "Married, two children",
                "incomeBand", "MIDDLE"));
        assertThat(persona.get("goals")).isEqualTo(List.of("Save time", "Feed the family well"));
        assertThat(persona.get("frustrations")).isEqualTo(List.of("Long checkouts"));
        assertThat(persona.get("motivations")).isEqualTo(List.of("Peace of mind"));
        assertThat(persona.get("behaviours")).isEqualTo(List.of("Orders in the evening", "Reads reviews"));
        assertThat(persona.get("preferredChannels")).isEqualTo(List.of("MOBILE_APP", "EMAIL"));
        assertThat(persona.get("tags")).isEqualTo(List.of("family", "mobile-first"));
    }
}
