package io.parcours.gateway.persisted;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The operations registered at build time, by their SHA-256: the web app's (its codegen's
 * {@code persisted-documents.json}, in the web jar), the platform's own ({@link #GATEWAY_DOCUMENTS}) and those of the
 * manifests an operator adds. Two manifest shapes
 * are read: codegen's ({@code {"sha256:<hash>": "<document>"}}) and Apollo's persisted query manifest
 * ({@code {"format": "apollo-persisted-query-manifest", "operations": [{"id", "body"}]}}). Every document is hashed
 * again on load: a manifest whose hash and document disagree stops the gateway.
 */
final class TrustedDocuments {

    static final String WEB_APP_MANIFEST = "META-INF/parcours/persisted-documents.json";
    /** The platform's own operations: the README's whole-journey query, which {@code ./parcours up} warms up with. */
    static final List<String> GATEWAY_DOCUMENTS = List.of("META-INF/parcours/whole-journey.graphql");

    private final Map<String, String> byHash;

    private TrustedDocuments(Map<String, String> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    static TrustedDocuments load(List<Path> manifests) {
        Map<String, String> byHash = new HashMap<>();
        try (InputStream webApp = TrustedDocuments.class.getClassLoader().getResourceAsStream(WEB_APP_MANIFEST)) {
            if (webApp != null) {
                read(new String(webApp.readAllBytes(), StandardCharsets.UTF_8), WEB_APP_MANIFEST, byHash);
            }
            for (String resource : GATEWAY_DOCUMENTS) {
                try (InputStream document = TrustedDocuments.class.getClassLoader().getResourceAsStream(resource)) {
                    String text = new String(document.readAllBytes(), StandardCharsets.UTF_8).strip();
                    byHash.put(sha256(text), text);
                }
            }
            for (Path manifest : manifests) {
                read(Files.readString(manifest), manifest.toString(), byHash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A trusted documents manifest could not be read", e);
        }
        return new TrustedDocuments(byHash);
    }

    static TrustedDocuments of(Map<String, String> byHash) {
        return new TrustedDocuments(byHash);
    }

    /** The document with this SHA-256 (hex), or null. */
    String document(String sha256) {
        return byHash.get(sha256);
    }

    boolean contains(String sha256) {
        return byHash.containsKey(sha256);
    }

    int size() {
        return byHash.size();
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void read(String text, String source, Map<String, String> into) {
        JsonObject manifest = new JsonObject(text);
        if ("apollo-persisted-query-manifest".equals(manifest.getString("format"))) {
            JsonArray operations = manifest.getJsonArray("operations", new JsonArray());
            for (int i = 0; i < operations.size(); i++) {
                JsonObject operation = operations.getJsonObject(i);
                add(operation.getString("id"), operation.getString("body"), source, into);
            }
        } else {
            manifest.forEach(entry -> add(entry.getKey(), String.valueOf(entry.getValue()), source, into));
        }
    }

    private static void add(String id, String document, String source, Map<String, String> into) {
        String hash = id == null ? null : id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        if (document == null || hash == null || !hash.equals(sha256(document))) {
            throw new IllegalStateException(source + ": the operation " + id
                    + " is not the SHA-256 of its document (regenerate the manifest)");
        }
        into.put(hash, document);
    }
}
