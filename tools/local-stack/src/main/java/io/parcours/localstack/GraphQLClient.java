package io.parcours.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts GraphQL documents (and puts files) with a bearer token; any error in the answer is an exception. */
class GraphQLClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    GraphQLClient(String token) {
        this.token = token;
    }

    JsonNode call(String url, String query, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        if (json == null || json.has("errors")) {
            throw new IOException("GraphQL call to " + url + " failed (" + response.statusCode() + "): " + response.body());
        }
        return json.get("data");
    }

    /** PUTs the bytes as they are (a persona's photo); any status but 200 is an exception. */
    JsonNode put(String url, String contentType, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PUT " + url + " failed (" + response.statusCode() + "): " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
