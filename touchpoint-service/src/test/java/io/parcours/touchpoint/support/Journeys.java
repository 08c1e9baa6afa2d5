package io.parcours.touchpoint.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** GraphQL documents and inputs for journey tests, and calls that must succeed. */
public final class Journeys {

    public static final String TOUCHPOINT_FIELDS = """
            id journeyId stageId position name description channel interaction ownerTeam customerAction
            customerThought emotion painPoints opportunities frontstage backstage supportProcesses version
            createdAt updatedAt""";

    public static final String JOURNEY_FIELDS = "id name description personaId mapType status derivedFromId version "
            + "createdAt updatedAt stages { id name position touchpoints { " + TOUCHPOINT_FIELDS + " } }";

    public static final String CREATE = """
            mutation($input: JourneyInput!, $template: StageTemplate, $names: [String]) {
              createJourney(input: $input, template: $template, stageNames: $names) { %s } }""".formatted(JOURNEY_FIELDS);

    public static final String GET = "query($id: ID!) { journey(id: $id) { " + JOURNEY_FIELDS + " } }";

    public static final String ADD_TOUCHPOINT = """
            mutation($stage: ID!, $input: TouchpointInput!, $position: Int) {
              addTouchpoint(stageId: $stage, input: $input, position: $position) { %s } }""".formatted(TOUCHPOINT_FIELDS);

    private Journeys() {
    }

    public static Map<String, Object> input(String name) {
        return new HashMap<>(Map.of("name", name));
    }

    public static Map<String, Object> touchpoint(String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("channel", "WEBSITE");
        return input;
    }

    /** Creates a journey; fails the test on any error. */
    public static Map<String, Object> create(String token, Map<String, Object> input, String template, List<String> names) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        variables.put("template", template);
        variables.put("names", names);
        return ok(GraphQL.call(token, CREATE, variables), "createJourney");
    }

    public static Map<String, Object> custom(String token, String name, String... stages) {
        return create(token, input(name), "CUSTOM", List.of(stages));
    }

    public static Map<String, Object> addTouchpoint(String token, Object stageId, Map<String, Object> input) {
        return ok(GraphQL.call(token, ADD_TOUCHPOINT, Map.of("stage", stageId, "input", input)), "addTouchpoint");
    }

    public static Map<String, Object> get(String token, Object id) {
        return GraphQL.call(token, GET, Map.of("id", id)).getMap("data.journey");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> stages(Map<String, Object> journey) {
        return (List<Map<String, Object>>) journey.get("stages");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> touchpoints(Map<String, Object> stage) {
        return (List<Map<String, Object>>) stage.get("touchpoints");
    }

    public static Object stageId(Map<String, Object> journey, int position) {
        return stages(journey).get(position - 1).get("id");
    }

    /** The named field of the data, or an assertion error showing the whole body. */
    public static Map<String, Object> ok(JsonPath body, String field) {
        if (body.get("errors") != null) {
            throw new AssertionError(field + " failed: " + body.prettify());
        }
        return body.getMap("data." + field);
    }
}
