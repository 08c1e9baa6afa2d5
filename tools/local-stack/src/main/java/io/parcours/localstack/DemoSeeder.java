package io.parcours.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Loads the demo workspace through the public GraphQL API, once: a workspace with personas is left alone. */
final class DemoSeeder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE = "mutation($input: PersonaInput!) { createPersona(input: $input) { id name } }";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String graphqlUrl;
    private final String token;

    DemoSeeder(String graphqlUrl, String token) {
        this.graphqlUrl = graphqlUrl;
        this.token = token;
    }

    void seed() throws IOException, InterruptedException {
        int existing = call("{ personas(includeArchived: true) { totalCount } }", Map.of())
                .at("/data/personas/totalCount").asInt();
        if (existing > 0) {
            System.out.println("Demo workspace already has " + existing + " personas; nothing loaded.");
            return;
        }
        JsonNode personas;
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/personas.json")) {
            personas = JSON.readTree(in);
        }
        for (JsonNode persona : personas) {
            JsonNode created = call(CREATE, Map.of("input", persona));
            System.out.println("  persona " + created.at("/data/createPersona/name").asText()
                    + " " + created.at("/data/createPersona/id").asText());
        }
    }

    private JsonNode call(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest request = HttpRequest.newBuilder(URI.create(graphqlUrl))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        if (json == null || json.has("errors")) {
            throw new IOException("GraphQL call failed (" + response.statusCode() + "): " + response.body());
        }
        return json;
    }
}
