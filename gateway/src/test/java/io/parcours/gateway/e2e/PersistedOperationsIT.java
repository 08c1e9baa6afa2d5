package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/** Operations sent by their SHA-256 to the packaged gateway, over the real subgraphs (Apollo's protocol). */
@QuarkusIntegrationTest
class PersistedOperationsIT {

    private static final String COUNT = "query Count { journeys { totalCount } }";
    private final String viewer = Tokens.of("persisted", "viewer");

    @Test
    void anOperationSentOnceWithItsHashIsThenSentByHashAlone() {
        String document = "query CountAgain { journeys { totalCount } personas { totalCount } }";
        JsonPath unknown = post(viewer, byHash(document));
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.getString("data")).isNull();

        JsonPath registered = post(viewer, byHash(document).put("query", document));
        assertThat(registered.getInt("data.journeys.totalCount")).isZero();
        assertThat(registered.getInt("data.personas.totalCount")).isZero();

        JsonPath byHashAlone = post(viewer, byHash(document));
        assertThat(byHashAlone.getString("errors")).isNull();
        assertThat(byHashAlone.getInt("data.personas.totalCount")).isZero();
    }

    @Test
    void theWebAppsOperationsAreKnownByTheirHashFromTheStart() throws IOException {
        String choices = "query PersonaChoices { personas(first: 100) { edges { node { id name } } } }";
        assertThat(webAppManifest().getString("sha256:" + sha256(choices))).as("in the web app's manifest")
                .isEqualTo(choices);
        JsonPath answer = post(viewer, byHash(choices));
        assertThat(answer.getString("errors")).isNull();
        assertThat(answer.getList("data.personas.edges")).isEmpty();
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefused() {
        JsonPath answer = post(viewer, byHash(COUNT).put("query", "{ personas { totalCount } }"));
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
        assertThat(answer.getString("data")).isNull();
    }

    @Test
    void aDocumentSentByHashPassesTheSameLimits() {
        StringBuilder aliases = new StringBuilder("query Many {");
        for (int i = 0; i < 2000; i++) {
            aliases.append(" a").append(i).append(": journeys { totalCount }");
        }
        String document = aliases.append(" }").toString();
        assertThat(post(viewer, byHash(document).put("query", document)).getString("errors[0].extensions.code"))
                .isEqualTo("LIMIT_EXCEEDED");
        assertThat(post(viewer, byHash(document)).getString("errors[0].extensions.code")).isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void withoutATokenAHashIsRefusedBeforeAnythingElse() {
        given().contentType("application/json").body(byHash(COUNT).encode()).post("/graphql").then().statusCode(401);
    }

    private static JsonObject byHash(String document) {
        return new JsonObject().put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", sha256(document))));
    }

    private static JsonPath post(String token, JsonObject request) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(request.encode())
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static JsonObject webAppManifest() throws IOException {
        try (InputStream in = PersistedOperationsIT.class.getClassLoader()
                .getResourceAsStream("META-INF/parcours/persisted-documents.json")) {
            assertThat(in).as("the web app's manifest on the classpath").isNotNull();
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
