package io.parcours.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo workspace through the public GraphQL APIs. Each step finds what an earlier, interrupted load
 * made before it creates anything (personas and journeys by name, touchpoints by stage and name, surveys by title),
 * and interactions and responses carry fixed ids the services store once: run again, it completes what is
 * missing and changes nothing else. Personas first, then their journeys (from demo/journeys.json), derived maps,
 * interactions, and surveys with their responses.
 */
final class DemoSeeder {

    private static final String PERSONAS = """
            query($after: String) { personas(includeArchived: true, first: 100, after: $after) {
              edges { node { id name avatarUrl } } pageInfo { hasNextPage endCursor } } }""";
    /** Where demo photos pointed before the platform kept photos itself: such a persona gets its photo now. */
    private static final String FORMER_PHOTOS = "https://avatars.parcours.dev/";
    private static final String CREATE_PERSONA = "mutation($input: PersonaInput!) { createPersona(input: $input) { id name } }";
    private static final String JOURNEY_FIELDS = "id name mapType status version derivedFromId stages { id touchpoints { id name } }";
    private static final String JOURNEYS = "query($persona: ID!) { journeys(personaId: $persona, first: 100) { edges { node { "
            + JOURNEY_FIELDS + " } } } }";
    private static final String CREATE_JOURNEY = """
            mutation($input: JourneyInput!, $template: StageTemplate, $names: [String]) {
              createJourney(input: $input, template: $template, stageNames: $names) { %s } }""".formatted(JOURNEY_FIELDS);
    private static final String ADD_TOUCHPOINT = """
            mutation($stage: ID!, $input: TouchpointInput!) { addTouchpoint(stageId: $stage, input: $input) { id } }""";
    private static final String VERSION = "query($id: ID!) { journey(id: $id) { version } }";
    private static final String PUBLISH = """
            mutation($id: ID!, $v: Int!) { setJourneyStatus(id: $id, status: PUBLISHED, expectedVersion: $v) { id } }""";
    private static final String DERIVE = """
            mutation($id: ID!, $type: MapType!) { deriveJourney(id: $id, mapType: $type) { id name } }""";

    private final GraphQLClient client;
    private final String personaUrl;
    private final String touchpointUrl;
    private final String feedbackUrl;

    DemoSeeder(GraphQLClient client, String personaUrl, String touchpointUrl, String feedbackUrl) {
        this.client = client;
        this.personaUrl = personaUrl;
        this.touchpointUrl = touchpointUrl;
        this.feedbackUrl = feedbackUrl;
    }

    void seed() throws IOException, InterruptedException {
        Map<String, String> avatars = new HashMap<>();
        Map<String, String> personaIds = existingPersonas(avatars);
        for (JsonNode persona : resource("/demo/personas.json")) {
            String name = persona.get("name").asText();
            ObjectNode input = ((ObjectNode) persona).deepCopy();
            String photo = input.remove("photo").asText();
            if (!personaIds.containsKey(name)) {
                personaIds.put(name, client.call(personaUrl, CREATE_PERSONA, Map.of("input", input)).at("/createPersona/id").asText());
                System.out.println("  persona " + name);
            }
            String avatar = avatars.get(name);
            if (avatar == null || avatar.startsWith(FORMER_PHOTOS)) {
                uploadPhoto(personaIds.get(name), photo);
            }
        }
        for (JsonNode journey : resource("/demo/journeys.json")) {
            seedJourney(journey, personaIds.get(journey.get("persona").asText()));
        }
    }

    /** The persona's photo, uploaded as the web app does (PUT to persona-service's photo endpoint). */
    private void uploadPhoto(String personaId, String file) throws IOException, InterruptedException {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/photos/" + file)) {
            if (in == null) {
                throw new IOException("missing demo photo " + file);
            }
            client.put(personaUrl.replaceFirst("/graphql$", "") + "/api/v1/personas/" + personaId + "/photo", "image/png",
                    in.readAllBytes());
        }
    }

    /** Demo personas already stored, by name; their avatar URLs go into {@code avatars}. */
    private Map<String, String> existingPersonas(Map<String, String> avatars) throws IOException, InterruptedException {
        Map<String, String> ids = new HashMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = client.call(personaUrl, PERSONAS, variables).get("personas");
            page.get("edges").forEach(edge -> {
                String name = edge.at("/node/name").asText();
                ids.putIfAbsent(name, edge.at("/node/id").asText());
                JsonNode avatar = edge.at("/node/avatarUrl");
                if (avatar.isTextual()) {
                    avatars.putIfAbsent(name, avatar.asText());
                }
            });
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return ids;
    }

    private void seedJourney(JsonNode demo, String personaId) throws IOException, InterruptedException {
        Map<String, Object> input = GraphQLClient.JSON.convertValue(demo.get("input"), Map.class);
        input.put("personaId", personaId);
        List<JsonNode> ofPersona = new ArrayList<>();
        client.call(touchpointUrl, JOURNEYS, Map.of("persona", personaId)).at("/journeys/edges")
                .forEach(edge -> ofPersona.add(edge.get("node")));
        JsonNode journey = ofPersona.stream().filter(j -> j.get("name").asText().equals(input.get("name"))
                && j.get("mapType").asText().equals(input.get("mapType")) && j.get("derivedFromId").isNull())
                .findFirst().orElse(null);
        if (journey == null) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("input", input);
            variables.put("template", demo.get("template").asText());
            variables.put("names", demo.has("stageNames") ? GraphQLClient.JSON.convertValue(demo.get("stageNames"), List.class) : null);
            journey = client.call(touchpointUrl, CREATE_JOURNEY, variables).get("createJourney");
        }
        String journeyId = journey.get("id").asText();
        JsonNode stages = journey.get("stages");
        List<List<String>> touchpointsByStage = new ArrayList<>();
        List<DemoSurveys.DemoTouchpoint> touchpoints = new ArrayList<>();
        int added = 0;
        for (int s = 0; s < stages.size(); s++) {
            List<String> ids = new ArrayList<>();
            String stageId = stages.get(s).get("id").asText();
            Map<String, String> existing = new HashMap<>();
            stages.get(s).get("touchpoints").forEach(t -> existing.put(t.get("name").asText(), t.get("id").asText()));
            for (JsonNode touchpoint : demo.get("touchpoints").path(s)) {
                String name = touchpoint.get("name").asText();
                String id = existing.get(name);
                if (id == null) {
                    id = client.call(touchpointUrl, ADD_TOUCHPOINT, Map.of("stage", stageId, "input", touchpoint))
                            .at("/addTouchpoint/id").asText();
                    added++;
                }
                ids.add(id);
                touchpoints.add(new DemoSurveys.DemoTouchpoint(id, stageId, name, touchpoint.path("emotion").asInt(0),
                        touchpoint.path("painPoints").size() > 0));
            }
            touchpointsByStage.add(ids);
        }
        System.out.println("  journey " + journey.get("name").asText() + " (" + stages.size() + " stages, " + added
                + " touchpoints added)");
        if (demo.has("interactions")) {
            int stored = new DemoInteractions(client, touchpointUrl).record(journeyId, touchpointsByStage, demo.get("interactions"));
            System.out.println("    " + stored + " interactions");
        }
        if (demo.has("responsesPerTouchpoint")) {
            int responses = new DemoSurveys(client, feedbackUrl).seed(journeyId, personaId, touchpoints,
                    demo.get("responsesPerTouchpoint").asInt());
            System.out.println("    " + responses + " survey responses");
        }
        if (demo.path("publish").asBoolean() && !"PUBLISHED".equals(journey.get("status").asText())) {
            int version = client.call(touchpointUrl, VERSION, Map.of("id", journeyId)).at("/journey/version").asInt();
            client.call(touchpointUrl, PUBLISH, Map.of("id", journeyId, "v", version));
        }
        boolean derived = ofPersona.stream().anyMatch(j -> j.get("derivedFromId").asText().equals(journeyId));
        if (demo.has("derive") && !derived) {
            JsonNode copy = client.call(touchpointUrl, DERIVE, Map.of("id", journeyId, "type", demo.get("derive").asText()));
            System.out.println("  journey " + copy.at("/deriveJourney/name").asText() + " (" + demo.get("derive").asText()
                    + ", derived)");
        }
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = DemoSeeder.class.getResourceAsStream(path)) {
            return GraphQLClient.JSON.readTree(in);
        }
    }
}
