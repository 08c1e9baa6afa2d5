package io.parcours.persona.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** GraphQL documents and inputs for persona tests. */
public final class Personas {

    public static final String FIELDS = """
            id name title summary quote avatarUrl
            demographics { ageRange location occupation familyStatus incomeBand }
            goals frustrations motivations behaviours preferredChannels tags
            archived version createdAt updatedAt
            """;

    public static final String CREATE = "mutation($input: PersonaInput!) { createPersona(input: $input) { "
            + FIELDS + " } }";

    public static final String UPDATE = "mutation($id: ID!, $input: PersonaInput!, $v: Int!) {"
            + " updatePersona(id: $id, input: $input, expectedVersion: $v) { " + FIELDS + " } }";

    public static final String GET = "query($id: ID!) { persona(id: $id) { " + FIELDS + " } }";

    public static final String COUNT = "query { personas(includeArchived: true) { totalCount } }";

    private Personas() {
    }

    /** A persona with every field set. */
    public static Map<String, Object> full(String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("title", "Busy parent");
        input.put("summary", "Works full time, shops on the phone between school runs.");
        input.put("quote", "If it takes more than two taps, I give up.");
        input.put("avatarUrl", "https://cdn.example.com/avatars/sofia.png");
        input.put("demographics", Map.of("ageRange", "AGE_35_44", "location", "Lyon, France",
                "occupation", "Nurse", "familyStatus", "Married, two children", "incomeBand", "MIDDLE"));
        input.put("goals", List.of("Save time", "Feed the family well"));
        input.put("frustrations", List.of("Long checkouts"));
        input.put("motivations", List.of("Peace of mind"));
        input.put("behaviours", List.of("Orders in the evening", "Reads reviews"));
        input.put("preferredChannels", List.of("MOBILE_APP", "EMAIL"));
        input.put("tags", List.of("family", "mobile-first"));
        return input;
    }

    public static Map<String, Object> minimal(String name) {
        return new HashMap<>(Map.of("name", name));
    }

    /** Creates and returns the created persona's JSON; fails on any error. */
    public static Map<String, Object> create(String token, Map<String, Object> input) {
        JsonPath body = GraphQL.call(token, CREATE, Map.of("input", input));
        if (body.get("errors") != null) {
            throw new AssertionError("createPersona failed: " + body.prettify());
        }
        return body.getMap("data.createPersona");
    }

    public static int count(String token) {
        return GraphQL.call(token, COUNT).getInt("data.personas.totalCount");
    }
}
