package io.parcours.feedback.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * The webhook receiver of tools/webhook-receiver run as a process: it verifies signatures with the Standard Webhooks
 * reference library and counts deliveries per webhook-id.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private WebhookReceiver(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** @param settings SECRET, DELAY_MS, FAIL_FIRST, STATUS, LOCATION (see receiver.mjs) */
    public static WebhookReceiver start(Map<String, String> settings) throws Exception {
        File directory = new File("../tools/webhook-receiver");
        ProcessBuilder builder = new ProcessBuilder("node", "receiver.mjs").directory(directory)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(settings);
        builder.environment().put("PORT", "0");
        Process process = builder.start();
        String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (first == null || !first.startsWith("listening on ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the webhook receiver did not start: " + first);
        }
        return new WebhookReceiver(process, Integer.parseInt(first.substring("listening on ".length()).trim()));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** {verified, invalid, attempts, ids: {id: count}, events: [{id, type, data}]} */
    public JsonPath stats() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url("/stats"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new JsonPath(answer.body());
        } catch (Exception unreachable) {
            throw new IllegalStateException("the webhook receiver does not answer", unreachable);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
