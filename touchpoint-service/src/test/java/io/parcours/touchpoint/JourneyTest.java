package io.parcours.touchpoint;

import static io.parcours.touchpoint.support.Journeys.stages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class JourneyTest {

    private final String workspace = "journeys-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void purchaseLoopTemplateGivesTheEightStagesInOrder() {
        String persona = UUID.randomUUID().toString();
        Map<String, Object> input = Journeys.input("  First online order ");
        input.put("description", "From search to recommendation");
        input.put("personaId", persona);
        input.put("mapType", "CURRENT_STATE");

        Map<String, Object> journey = Journeys.create(editor, input, "PURCHASE_LOOP", null);

        assertThat(journey.get("name")).isEqualTo("First online order");
        assertThat(journey.get("description")).isEqualTo("From search to recommendation");
        assertThat(journey.get("personaId")).isEqualTo(persona);
        assertThat(journey.get("mapType")).isEqualTo("CURRENT_STATE");
        assertThat(journey.get("status")).isEqualTo("DRAFT");
        assertThat(journey.get("derivedFromId")).isNull();
        assertThat(journey.get("version")).isEqualTo(0);
        assertThat(stages(journey)).extracting(s -> s.get("name")).containsExactly("Information search", "Comparison",
                "Decision", "Reception", "Evaluation", "After-sales service", "Loyalty", "Recommendation");
        assertThat(stages(journey)).extracting(s -> s.get("position")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(Journeys.get(Tokens.of(workspace, "viewer"), journey.get("id"))).isEqualTo(journey);
    }

    @Test
    void digitalPhasesAndCustomTemplates() {
        Map<String, Object> digital = Journeys.create(editor, Journeys.input("Digital"), "DIGITAL_PHASES", null);
        assertThat(stages(digital)).extracting(s -> s.get("name"))
                .containsExactly("Awareness", "Consideration", "Decision", "Retention", "Advocacy");

        Map<String, Object> custom = Journeys.custom(editor, "Custom", " Arrive ", "Order", "Leave");
        assertThat(stages(custom)).extracting(s -> s.get("name")).containsExactly("Arrive", "Order", "Leave");
        assertThat(custom.get("mapType")).as("default map type").isEqualTo("CURRENT_STATE");
    }

    @Test
    void updateReplacesFieldsWithOptimisticLocking() {
        Map<String, Object> journey = Journeys.custom(editor, "Before", "One");
        Map<String, Object> changes = Journeys.input("After");
        changes.put("mapType", "SERVICE_BLUEPRINT");
        String update = "mutation($id: ID!, $input: JourneyInput!, $v: Int!) { updateJourney(id: $id, input: $input, "
                + "expectedVersion: $v) { name mapType version description stages { name } } }";

        Map<String, Object> updated = Journeys.ok(GraphQL.call(editor, update,
                Map.of("id", journey.get("id"), "input", changes, "v", 0)), "updateJourney");
        assertThat(updated).containsEntry("name", "After").containsEntry("mapType", "SERVICE_BLUEPRINT")
                .containsEntry("version", 1).containsEntry("description", null);
        assertThat(stages(updated)).extracting(s -> s.get("name")).containsExactly("One");

        JsonPath stale = GraphQL.call(editor, update, Map.of("id", journey.get("id"), "input", Journeys.input("Lost"), "v", 0));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(Journeys.get(editor, journey.get("id")).get("name")).isEqualTo("After");
    }

    @Test
    void statusFollowsTheLifeCycle() {
        Object id = Journeys.custom(editor, "Life", "One").get("id");
        assertThat(setStatus(id, "PUBLISHED", 0).getString("data.setJourneyStatus.status")).isEqualTo("PUBLISHED");
        assertThat(setStatus(id, "DRAFT", 1).getString("data.setJourneyStatus.status")).isEqualTo("DRAFT");
        assertThat(setStatus(id, "PUBLISHED", 2).getString("data.setJourneyStatus.status")).isEqualTo("PUBLISHED");
        assertThat(setStatus(id, "ARCHIVED", 3).getString("data.setJourneyStatus.status")).isEqualTo("ARCHIVED");

        JsonPath republished = setStatus(id, "PUBLISHED", 4);
        assertThat(republished.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(republished.getString("errors[0].message"))
                .contains("status cannot change from ARCHIVED to PUBLISHED; allowed: [DRAFT]");
        assertThat(Journeys.get(editor, id)).containsEntry("status", "ARCHIVED").containsEntry("version", 4);
        assertThat(setStatus(id, "DRAFT", 4).getString("data.setJourneyStatus.status")).as("restored")
                .isEqualTo("DRAFT");

        Object draft = Journeys.custom(editor, "Draft", "One").get("id");
        JsonPath skip = setStatus(draft, "ARCHIVED", 0);
        assertThat(skip.getString("errors[0].message")).contains("status cannot change from DRAFT to ARCHIVED");
    }

    @Test
    void deriveCopiesAMapWithoutTouchpointsOrStages() {
        Map<String, Object> bare = Journeys.custom(editor, "Bare", "Only");
        Map<String, Object> derived = Journeys.ok(GraphQL.call(editor, "mutation($id: ID!) { deriveJourney(id: $id, "
                + "mapType: FUTURE_STATE) { " + Journeys.JOURNEY_FIELDS + " } }", Map.of("id", bare.get("id"))), "deriveJourney");
        assertThat(stages(derived)).extracting(s -> s.get("name")).containsExactly("Only");
        assertThat(Journeys.touchpoints(stages(derived).get(0))).isEmpty();

        GraphQL.call(editor, "mutation($id: ID!) { removeStage(stageId: $id) { id } }", Map.of("id", Journeys.stageId(bare, 1)));
        Map<String, Object> empty = Journeys.ok(GraphQL.call(editor, "mutation($id: ID!) { deriveJourney(id: $id, "
                + "mapType: FUTURE_STATE) { " + Journeys.JOURNEY_FIELDS + " } }", Map.of("id", bare.get("id"))), "deriveJourney");
        assertThat(stages(empty)).isEmpty();
        assertThat(empty).containsEntry("derivedFromId", bare.get("id"));
    }

    @Test
    void deriveMakesADeepCopyAsANewDraft() {
        Map<String, Object> current = Journeys.custom(editor, "Current", "Search", "Buy");
        Map<String, Object> touchpoint = Journeys.touchpoint("Checkout");
        touchpoint.put("emotion", -2);
        touchpoint.put("painPoints", List.of("Too many fields"));
        touchpoint.put("backstage", List.of("Fraud check"));
        Journeys.addTouchpoint(editor, Journeys.stageId(current, 2), touchpoint);
        setStatus(current.get("id"), "PUBLISHED", 0);
        Map<String, Object> source = Journeys.get(editor, current.get("id"));

        Map<String, Object> future = Journeys.ok(GraphQL.call(editor, "mutation($id: ID!) { deriveJourney(id: $id, "
                + "mapType: FUTURE_STATE) { " + Journeys.JOURNEY_FIELDS + " } }", Map.of("id", current.get("id"))), "deriveJourney");

        assertThat(future.get("id")).isNotEqualTo(source.get("id"));
        assertThat(future).containsEntry("mapType", "FUTURE_STATE").containsEntry("status", "DRAFT")
                .containsEntry("derivedFromId", source.get("id")).containsEntry("name", "Current");
        assertThat(stages(future)).extracting(s -> s.get("name")).containsExactly("Search", "Buy");
        assertThat(stages(future)).extracting(s -> s.get("id")).doesNotContainAnyElementsOf(
                stages(source).stream().map(s -> s.get("id")).toList());
        Map<String, Object> copied = Journeys.touchpoints(stages(future).get(1)).get(0);
        Map<String, Object> original = Journeys.touchpoints(stages(source).get(1)).get(0);
        assertThat(copied.get("id")).isNotEqualTo(original.get("id"));
        assertThat(copied).containsEntry("name", "Checkout").containsEntry("emotion", -2)
                .containsEntry("painPoints", List.of("Too many fields")).containsEntry("backstage", List.of("Fraud check"))
                .containsEntry("journeyId", future.get("id")).containsEntry("stageId", stages(future).get(1).get("id"));
        assertThat(Journeys.get(editor, source.get("id"))).as("the source is untouched").isEqualTo(source);
    }

    @Test
    void duplicatingKeepsTheMapTypeUnderANewName() {
        Map<String, Object> original = Journeys.custom(editor, "Weekly order", "Search", "Buy");
        String duplicate = "mutation($id: ID!, $name: String) { deriveJourney(id: $id, mapType: CURRENT_STATE, name: $name) { "
                + Journeys.JOURNEY_FIELDS + " } }";
        Map<String, Object> copy = Journeys.ok(GraphQL.call(editor, duplicate,
                Map.of("id", original.get("id"), "name", "Weekly order (copy)")), "deriveJourney");
        assertThat(copy).containsEntry("name", "Weekly order (copy)").containsEntry("mapType", "CURRENT_STATE")
                .containsEntry("status", "DRAFT").containsEntry("derivedFromId", original.get("id"));
        assertThat(stages(copy)).extracting(s -> s.get("name")).containsExactly("Search", "Buy");

        for (String bad : List.of(" ", "x".repeat(121))) {
            JsonPath refused = GraphQL.call(editor, duplicate, Map.of("id", original.get("id"), "name", bad));
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
            assertThat(refused.getString("errors[0].message")).contains("name must be 1 to 120 characters, not blank");
        }
        assertThat(GraphQL.call(editor, "{ journeys { totalCount } }").getInt("data.journeys.totalCount"))
                .as("only the one copy was made").isEqualTo(2);
    }

    @Test
    void listingFiltersAndPages() {
        String persona = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> input = Journeys.input("J" + i);
            input.put("personaId", i < 3 ? persona : UUID.randomUUID().toString());
            input.put("mapType", i % 2 == 0 ? "CURRENT_STATE" : "FUTURE_STATE");
            Journeys.create(editor, input, "CUSTOM", List.of("Only"));
        }
        String page = """
                query($persona: ID, $type: MapType, $first: Int, $after: String) {
                  journeys(personaId: $persona, mapType: $type, first: $first, after: $after) {
                    totalCount edges { node { name stages { name } } } pageInfo { hasNextPage endCursor } } }""";

        JsonPath first = GraphQL.call(editor, page, Map.of("first", 2));
        assertThat(first.getList("data.journeys.edges.node.name")).containsExactly("J0", "J1");
        assertThat(first.getBoolean("data.journeys.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getInt("data.journeys.totalCount")).isEqualTo(5);
        JsonPath second = GraphQL.call(editor, page, Map.of("first", 10, "after", first.getString("data.journeys.pageInfo.endCursor")));
        assertThat(second.getList("data.journeys.edges.node.name")).containsExactly("J2", "J3", "J4");
        assertThat(second.getBoolean("data.journeys.pageInfo.hasNextPage")).isFalse();

        assertThat(GraphQL.call(editor, page, Map.of("persona", persona)).getList("data.journeys.edges.node.name"))
                .containsExactly("J0", "J1", "J2");
        assertThat(GraphQL.call(editor, page, Map.of("persona", persona, "type", "FUTURE_STATE"))
                .getList("data.journeys.edges.node.name")).containsExactly("J1");
        assertThat(GraphQL.call(editor, page, Map.of("persona", "not-a-uuid")).getInt("data.journeys.totalCount")).isZero();
        assertThat(GraphQL.call(editor, "{ journeys(status: PUBLISHED) { totalCount } }").getInt("data.journeys.totalCount")).isZero();
    }

    @Test
    void searchFindsJourneysByPartOfTheirNameIgnoringCase() {
        for (String name : List.of("Weekly grocery order", "Grocery pickup", "100% online", "Store visit")) {
            Journeys.create(editor, Journeys.input(name), "CUSTOM", List.of("Only"));
        }
        String search = "query($q: String) { journeys(search: $q) { totalCount edges { node { name } } } }";
        JsonPath grocery = GraphQL.call(editor, search, Map.of("q", "GROCERY"));
        assertThat(grocery.getList("data.journeys.edges.node.name")).containsExactly("Weekly grocery order", "Grocery pickup");
        assertThat(grocery.getInt("data.journeys.totalCount")).isEqualTo(2);
        // LIKE's wildcards are searched for as they are written.
        assertThat(GraphQL.call(editor, search, Map.of("q", "%")).getList("data.journeys.edges.node.name"))
                .containsExactly("100% online");
        assertThat(GraphQL.call(editor, search, Map.of("q", "_")).getInt("data.journeys.totalCount")).isZero();
        assertThat(GraphQL.call(editor, search, Map.of("q", "visit")).getList("data.journeys.edges.node.name"))
                .containsExactly("Store visit");
        String otherWorkspace = Tokens.of("elsewhere-" + UUID.randomUUID(), "viewer");
        assertThat(GraphQL.call(otherWorkspace, search, Map.of("q", "grocery")).getInt("data.journeys.totalCount")).isZero();

        for (String bad : List.of(" ", "x".repeat(121))) {
            JsonPath refused = GraphQL.call(editor, search, Map.of("q", bad));
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
            assertThat(refused.getString("errors[0].message")).contains("search must be 1 to 120 characters, not blank");
        }
    }

    @Test
    void batchLookupsAnswerInArgumentOrder() {
        String personaA = UUID.randomUUID().toString();
        String personaB = UUID.randomUUID().toString();
        Map<String, Object> a1 = journeyOf(personaA, "A1");
        Map<String, Object> a2 = journeyOf(personaA, "A2");
        Map<String, Object> b1 = journeyOf(personaB, "B1");

        JsonPath byPersona = GraphQL.call(editor, "query($ids: [String!]!) { journeysByPersonaIds(ids: $ids) { name } }",
                Map.of("ids", List.of(personaB, UUID.randomUUID().toString(), personaA)));
        assertThat(byPersona.getList("data.journeysByPersonaIds")).hasSize(3);
        assertThat(byPersona.getList("data.journeysByPersonaIds[0].name")).containsExactly("B1");
        assertThat(byPersona.getList("data.journeysByPersonaIds[1]")).isEmpty();
        assertThat(byPersona.getList("data.journeysByPersonaIds[2].name")).containsExactly("A1", "A2");

        JsonPath byId = GraphQL.call(editor, "query($ids: [String!]!) { journeysByIds(ids: $ids) { name } }",
                Map.of("ids", List.of(b1.get("id"), "nope", a1.get("id"), a2.get("id"))));
        List<Map<String, Object>> found = byId.getList("data.journeysByIds");
        assertThat(found).hasSize(4);
        assertThat(found.get(1)).isNull();
        assertThat(found.get(0).get("name")).isEqualTo("B1");
        assertThat(found.get(3).get("name")).isEqualTo("A2");
    }

    @Test
    void federationResolvesJourneysAndTouchpoints() {
        Map<String, Object> journey = Journeys.custom(editor, "Federated", "One");
        Map<String, Object> touchpoint = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), Journeys.touchpoint("Home"));
        String query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Journey { name } ... on Touchpoint { name } } }";
        List<Map<String, Object>> representations = List.of(
                Map.of("__typename", "Touchpoint", "id", touchpoint.get("id")),
                Map.of("__typename", "Journey", "id", journey.get("id")));

        JsonPath body = GraphQL.call(editor, query, Map.of("r", representations));

        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getList("data._entities.name")).containsExactly("Home", "Federated");
        String sdl = GraphQL.call(editor, "{ _service { sdl } }").getString("data._service.sdl");
        assertThat(sdl).containsPattern("type Journey @key\\(fields ?: ?\"id\"\\)")
                .containsPattern("type Touchpoint @key\\(fields ?: ?\"id\"\\)")
                .containsPattern("type PageInfo @shareable");
    }

    @Test
    void entityLookupsAreForRolesThatRead() {
        Map<String, Object> journey = Journeys.custom(editor, "Federated", "One");
        String query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Journey { name } } }";
        List<Map<String, Object>> representations = List.of(Map.of("__typename", "Journey", "id", journey.get("id")));
        for (String refused : List.of(Tokens.of(workspace, "collector"), Tokens.withoutWorkspace("collector"))) {
            JsonPath body = GraphQL.call(refused, query, Map.of("r", representations));
            assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("FORBIDDEN");
            assertThat((Object) body.get("data")).isNull();
        }
        JsonPath polluted = GraphQL.call(editor, query, Map.of("r", List.of(Map.of("__typename", "Journey",
                "id", journey.get("id"), "constructor", "x"))));
        assertThat(polluted.getString("errors[0].extensions.code")).as(polluted.prettify()).isEqualTo("VALIDATION");
        assertThat(polluted.getString("errors[0].message")).contains("constructor");
    }

    @Test
    void personasResolvedByKeyGetTheirJourneysAndJourneysPointToTheirPersona() {
        String personaA = UUID.randomUUID().toString();
        String personaB = UUID.randomUUID().toString();
        journeyOf(personaA, "A1");
        journeyOf(personaB, "B1");
        journeyOf(personaA, "A2");
        Map<String, Object> none = Journeys.custom(editor, "No persona", "Only");
        String query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Persona { id journeys { name persona { id } } } } }";
        List<Map<String, Object>> representations = List.of(Map.of("__typename", "Persona", "id", personaA),
                Map.of("__typename", "Persona", "id", UUID.randomUUID().toString()),
                Map.of("__typename", "Persona", "id", personaB));

        JsonPath body = GraphQL.call(editor, query, Map.of("r", representations));

        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getList("data._entities.id")).containsExactly(personaA, representations.get(1).get("id"), personaB);
        assertThat(body.getList("data._entities[0].journeys.name")).containsExactly("A1", "A2");
        assertThat(body.getList("data._entities[0].journeys.persona.id")).containsExactly(personaA, personaA);
        assertThat(body.getList("data._entities[1].journeys")).isEmpty();
        assertThat(body.getList("data._entities[2].journeys.name")).containsExactly("B1");
        assertThat(GraphQL.call(editor, "query($id: ID!) { journey(id: $id) { persona { id } } }", Map.of("id", none.get("id")))
                .getMap("data.journey")).containsEntry("persona", null);

        JsonPath foreign = GraphQL.call(Tokens.of("other-" + UUID.randomUUID(), "viewer"), query, Map.of("r", representations));
        assertThat(foreign.getList("data._entities[0].journeys")).as("another workspace's journeys stay unseen").isEmpty();
    }

    private Map<String, Object> journeyOf(String persona, String name) {
        Map<String, Object> input = Journeys.input(name);
        input.put("personaId", persona);
        return Journeys.create(editor, input, "CUSTOM", List.of("Only"));
    }

    private JsonPath setStatus(Object id, String status, int version) {
        return GraphQL.call(editor, "mutation($id: ID!, $s: JourneyStatus!, $v: Int!) { setJourneyStatus(id: $id, status: $s, "
                + "expectedVersion: $v) { status version } }", Map.of("id", id, "s", status, "v", version));
    }
}
