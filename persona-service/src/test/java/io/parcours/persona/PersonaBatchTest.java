package io.parcours.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.persona.support.Personas;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The lookups the gateway and federation routers use. */
@QuarkusTest
class PersonaBatchTest {

    private final String workspace = "batch-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void personasByIdsAnswersInArgumentOrderWithNullForUnknown() {
        String a = (String) Personas.create(editor, Personas.minimal("A")).get("id");
        String b = (String) Personas.create(editor, Personas.minimal("B")).get("id");
        String foreign = (String) Personas.create(Tokens.of("elsewhere-" + UUID.randomUUID(), "editor"),
                Personas.minimal("Foreign")).get("id");
        List<String> ids = List.of(b, UUID.randomUUID().toString(), a, "not-a-uuid", foreign, b);

        JsonPath body = GraphQL.call(editor, "query($ids: [String!]!) { personasByIds(ids: $ids) { id name } }",
                Map.of("ids", ids));

        assertThat(field(body.getList("data.personasByIds"), "name")).isEqualTo(Arrays.asList("B", null, "A", null, null, "B"));
        assertThat(field(body.getList("data.personasByIds"), "id")).isEqualTo(Arrays.asList(b, null, a, null, null, b));
    }

    @Test
    void emptyBatchIsEmpty() {
        JsonPath body = GraphQL.call(editor, "{ personasByIds(ids: []) { id } }");
        assertThat(body.getList("data.personasByIds")).isEmpty();
    }

    @Test
    void federationEntitiesResolveInOneBatch() {
        String a = (String) Personas.create(editor, Personas.minimal("A")).get("id");
        String b = (String) Personas.create(editor, Personas.minimal("B")).get("id");
        String query = """
                query($r: [_Any!]!) { _entities(representations: $r) { ... on Persona { id name } } }""";
        List<Map<String, String>> representations = List.of(
                Map.of("__typename", "Persona", "id", b),
                Map.of("__typename", "Persona", "id", UUID.randomUUID().toString()),
                Map.of("__typename", "Persona", "id", a));

        JsonPath body = GraphQL.call(editor, query, Map.of("r", representations));

        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(field(body.getList("data._entities"), "name")).isEqualTo(Arrays.asList("B", null, "A"));
    }

    @Test
    void entitiesRefuseARoleThatMayNotReadAndRepresentationsWithOtherKeys() {
        String a = (String) Personas.create(editor, Personas.minimal("A")).get("id");
        String query = """
                query($r: [_Any!]!) { _entities(representations: $r) { ... on Persona { id name } } }""";
        JsonPath collector = GraphQL.call(Tokens.of(workspace, "collector"), query,
                Map.of("r", List.of(Map.of("__typename", "Persona", "id", a))));
        assertThat(collector.getString("errors[0].extensions.code")).as(collector.prettify()).isEqualTo("FORBIDDEN");
        assertThat((Object) collector.get("data")).as("refused before it runs").isNull();

        JsonPath polluted = GraphQL.call(editor, query, Map.of("r", List.of(Map.of("__typename", "Persona", "id", a,
                "__proto__", "x", "constructor", "y"))));
        assertThat(polluted.getString("errors[0].extensions.code")).as(polluted.prettify()).isEqualTo("VALIDATION");
        assertThat(polluted.getString("errors[0].message")).contains("$r[0]").contains("__proto__");
    }

    @Test
    void rootFieldsResolvedConcurrentlyEachGetTheirAnswer() {
        String a = (String) Personas.create(editor, Personas.minimal("A")).get("id");
        String b = (String) Personas.create(editor, Personas.minimal("B")).get("id");
        String query = """
                query($a: ID!, $b: ID!, $ids: [String!]!) {
                  first: persona(id: $a) { name } second: persona(id: $b) { name }
                  all: personas { totalCount } batch: personasByIds(ids: $ids) { name } }""";

        for (int round = 0; round < 10; round++) {
            JsonPath body = GraphQL.call(editor, query, Map.of("a", a, "b", b, "ids", List.of(b, a)));
            assertThat(body.getList("errors")).as(body.prettify()).isNull();
            assertThat(body.getString("data.first.name")).isEqualTo("A");
            assertThat(body.getString("data.second.name")).isEqualTo("B");
            assertThat(body.getInt("data.all.totalCount")).isEqualTo(2);
            assertThat(body.getList("data.batch.name")).containsExactly("B", "A");
        }
    }

    @Test
    void subgraphSchemaDeclaresPersonaAsFederationEntity() {
        String sdl = GraphQL.call(editor, "{ _service { sdl } }").getString("data._service.sdl");
        assertThat(sdl).contains("@link(").contains("federation/v2.7")
                .containsPattern("type Persona @key\\(fields ?: ?\"id\"\\)");
    }

    /** One field of each element, keeping null elements (JSON paths would skip them). */
    private static List<Object> field(List<Map<String, Object>> elements, String name) {
        return elements.stream().map(e -> e == null ? null : e.get(name)).collect(Collectors.toList());
    }
}
