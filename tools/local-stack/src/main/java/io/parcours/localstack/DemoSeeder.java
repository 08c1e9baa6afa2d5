package io.parcours.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the demo workspace through the public GraphQL APIs, once: a workspace with personas is left alone.
 * Personas first, then their journeys (from demo/journeys.json), derived maps, interactions, and
 * surveys with their responses.
 */
final class DemoSeeder {

    private static final String CREATE_PERSONA = "mutation($input: PersonaInput!) { createPersona(input: $input) { id name } }";
    private static final String CREATE_JOURNEY = """
            mutation($input: JourneyInput!, $template: StageTemplate, $names: [String]) {
              createJourney(input: $input, template: $template, stageNames: $names) { id name stages { id } } }""";
    private static final String ADD_TOUCHPOINT = """
            mutation($stage: ID!, $input: TouchpointInput!) { addTouchpoint(stageId: $stage, input: $input) { id } }""";
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
        int existing = client.call(personaUrl, "{ personas(includeArchived: true) { totalCount } }", Map.of())
                .at("/personas/totalCount").asInt();
        if (existing > 0) {
            System.out.println("Demo workspace already has " + existing + " personas; nothing loaded.");
            return;
        }
        Map<String, String> personaIds = new HashMap<>();
        for (JsonNode persona : resource("/demo/personas.json")) {
            JsonNode created = client.call(personaUrl, CREATE_PERSONA, Map.of("input", persona)).get("createPersona");
            personaIds.put(created.get("name").asText(), created.get("id").asText());
            System.out.println("  persona " + created.get("name").asText());
        }
        for (JsonNode journey : resource("/demo/journeys.json")) {
            seedJourney(journey, personaIds.get(journey.get("persona").asText()));
        }
    }

    private void seedJourney(JsonNode demo, String personaId) throws IOException, InterruptedException {
        Map<String, Object> input = GraphQLClient.JSON.convertValue(demo.get("input"), Map.class);
        input.put("personaId", personaId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        variables.put("template", demo.get("template").asText());
        variables.put("names", demo.has("stageNames") ? GraphQLClient.JSON.convertValue(demo.get("stageNames"), List.class) : null);
        JsonNode journey = client.call(touchpointUrl, CREATE_JOURNEY, variables).get("createJourney");
        String journeyId = journey.get("id").asText();
        JsonNode stages = journey.get("stages");
        List<List<String>> touchpointsByStage = new ArrayList<>();
        List<DemoSurveys.DemoTouchpoint> created = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            List<String> ids = new ArrayList<>();
            String stageId = stages.get(s).get("id").asText();
            for (JsonNode touchpoint : demo.get("touchpoints").path(s)) {
                String id = client.call(touchpointUrl, ADD_TOUCHPOINT, Map.of("stage", stageId, "input", touchpoint))
                        .at("/addTouchpoint/id").asText();
                ids.add(id);
                created.add(new DemoSurveys.DemoTouchpoint(id, stageId, touchpoint.get("name").asText(),
                        touchpoint.path("emotion").asInt(0), touchpoint.path("painPoints").size() > 0));
            }
            touchpointsByStage.add(ids);
        }
        System.out.println("  journey " + journey.get("name").asText() + " (" + stages.size() + " stages)");
        if (demo.has("interactions")) {
            int stored = new DemoInteractions(client, touchpointUrl).record(journeyId, touchpointsByStage, demo.get("interactions"));
            System.out.println("    " + stored + " interactions");
        }
        if (demo.has("responsesPerTouchpoint")) {
            int responses = new DemoSurveys(client, feedbackUrl).seed(journeyId, personaId, created,
                    demo.get("responsesPerTouchpoint").asInt());
            System.out.println("    " + responses + " survey responses");
        }
        if (demo.path("publish").asBoolean()) {
            int version = client.call(touchpointUrl, "query($id: ID!) { journey(id: $id) { version } }", Map.of("id", journeyId))
                    .at("/journey/version").asInt();
            client.call(touchpointUrl, PUBLISH, Map.of("id", journeyId, "v", version));
        }
        if (demo.has("derive")) {
            JsonNode derived = client.call(touchpointUrl, DERIVE, Map.of("id", journeyId, "type", demo.get("derive").asText()));
            System.out.println("  journey " + derived.at("/deriveJourney/name").asText() + " (" + demo.get("derive").asText()
                    + ", derived)");
        }
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = DemoSeeder.class.getResourceAsStream(path)) {
            return GraphQLClient.JSON.readTree(in);
        }
    }
}
