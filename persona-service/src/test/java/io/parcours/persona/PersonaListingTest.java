package io.parcours.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.persona.support.Personas;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PersonaListingTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $search: String, $tag: String, $channel: Channel, $archived: Boolean) {
              personas(first: $first, after: $after, search: $search, tag: $tag, channel: $channel,
                       includeArchived: $archived) {
                totalCount
                edges { cursor node { id name } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private String editor;

    @BeforeEach
    void freshWorkspace() {
        editor = Tokens.of("listing-" + UUID.randomUUID(), "editor");
    }

    @Test
    void pagesThroughEveryPersonaOnceInCreationOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add((String) Personas.create(editor, Personas.minimal("Persona " + i)).get("id"));
        }

        List<String> seen = new ArrayList<>();
        String after = null;
        List<Boolean> hasNext = new ArrayList<>();
        do {
            JsonPath page = page(vars("first", 10, "after", after));
            assertThat(page.getInt("data.personas.totalCount")).isEqualTo(25);
            seen.addAll(page.getList("data.personas.edges.node.id"));
            hasNext.add(page.getBoolean("data.personas.pageInfo.hasNextPage"));
            after = page.getString("data.personas.pageInfo.endCursor");
        } while (hasNext.get(hasNext.size() - 1));

        assertThat(hasNext).containsExactly(true, true, false);
        assertThat(seen).isEqualTo(created);
    }

    @Test
    void cursorStaysValidWhenPersonasAreAddedMeanwhile() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add((String) Personas.create(editor, Personas.minimal("P" + i)).get("id"));
        }
        JsonPath first = page(vars("first", 2));
        String late = (String) Personas.create(editor, Personas.minimal("Late")).get("id");

        JsonPath rest = page(vars("first", 10, "after", first.getString("data.personas.pageInfo.endCursor")));

        assertThat(rest.getList("data.personas.edges.node.id", String.class))
                .containsExactly(created.get(2), created.get(3), late);
        assertThat(rest.getString("data.personas.edges[0].cursor")).isNotBlank();
    }

    @Test
    void defaultPageSizeIsTwenty() {
        for (int i = 0; i < 21; i++) {
            Personas.create(editor, Personas.minimal("P" + i));
        }
        JsonPath page = page(vars());
        assertThat(page.getList("data.personas.edges")).hasSize(20);
        assertThat(page.getBoolean("data.personas.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void searchMatchesNameTitleAndSummaryIgnoringCase() {
        Map<String, Object> byName = Personas.minimal("Sofia the Shopper");
        Map<String, Object> byTitle = Personas.minimal("Marc");
        byTitle.put("title", "Bargain SHOPPER");
        Map<String, Object> bySummary = Personas.minimal("Lea");
        bySummary.put("summary", "A weekly shopper at the market");
        Map<String, Object> none = Personas.minimal("Tom");
        none.put("title", "Commuter");
        for (Map<String, Object> input : List.of(byName, byTitle, bySummary, none)) {
            Personas.create(editor, input);
        }

        assertThat(names(vars("search", "shopper"))).containsExactly("Sofia the Shopper", "Marc", "Lea");
        assertThat(names(vars("search", "  commuter "))).containsExactly("Tom");
        assertThat(names(vars("search", "%"))).as("LIKE wildcards are literal").isEmpty();
        assertThat(names(vars("search", "_"))).isEmpty();
    }

    @Test
    void filtersByTagChannelAndArchivedCombine() {
        Map<String, Object> a = Personas.minimal("A");
        a.put("tags", List.of("family", "urban"));
        a.put("preferredChannels", List.of("MOBILE_APP"));
        Map<String, Object> b = Personas.minimal("B");
        b.put("tags", List.of("family"));
        b.put("preferredChannels", List.of("STORE", "PHONE"));
        Map<String, Object> c = Personas.minimal("C");
        c.put("tags", List.of("urban"));
        c.put("preferredChannels", List.of("MOBILE_APP", "STORE"));
        Personas.create(editor, a);
        Personas.create(editor, b);
        String cId = (String) Personas.create(editor, c).get("id");
        GraphQL.call(editor, "mutation($id: ID!) { archivePersona(id: $id) { id } }", Map.of("id", cId));

        assertThat(names(vars("tag", "family"))).containsExactly("A", "B");
        assertThat(names(vars("tag", "Family"))).as("tags match exactly").isEmpty();
        assertThat(names(vars("channel", "STORE"))).containsExactly("B");
        assertThat(names(vars("channel", "STORE", "archived", true))).containsExactly("B", "C");
        assertThat(names(vars("tag", "urban", "channel", "MOBILE_APP", "archived", true))).containsExactly("A", "C");
        assertThat(page(vars("tag", "urban")).getInt("data.personas.totalCount")).isEqualTo(1);
    }

    private List<String> names(Map<String, Object> variables) {
        return page(variables).getList("data.personas.edges.node.name");
    }

    private JsonPath page(Map<String, Object> variables) {
        JsonPath body = GraphQL.call(editor, PAGE, variables);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body;
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }
}
