package io.parcours.gateway.persisted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.parcours.common.http.OperationDocuments.Lookup;
import io.vertx.core.json.JsonObject;

/** The rules of operations sent by hash, in the default mode and in trusted-documents-only mode. */
class PersistedOperationsTest {

    private static final String REGISTERED = "query Journeys { journeys { totalCount } }";
    private static final String OTHER = "{ personas { totalCount } }";
    private static final TrustedDocuments TRUSTED = TrustedDocuments.of(Map.of(TrustedDocuments.sha256(REGISTERED),
            REGISTERED));

    private final PersistedOperations open = new PersistedOperations(TRUSTED, false, 2);
    private final PersistedOperations trustedOnly = new PersistedOperations(TRUSTED, true, 2);

    @Test
    void aRegisteredHashRunsItsDocumentInEitherMode() {
        for (PersistedOperations mode : new PersistedOperations[] { open, trustedOnly }) {
            Lookup lookup = mode.lookUp(byHash(REGISTERED));
            assertThat(lookup.refusal()).isNull();
            assertThat(lookup.request().getString("query")).isEqualTo(REGISTERED);
            assertThat(lookup.request().getJsonObject("variables").getInteger("first")).isEqualTo(3);
        }
    }

    @Test
    void aRegisteredHashWinsOverTheTextBesideIt() {
        Lookup lookup = trustedOnly.lookUp(byHash(REGISTERED).put("query", "query Journeys {\n  journeys {\n    totalCount\n  }\n}"));
        assertThat(lookup.request().getString("query")).isEqualTo(REGISTERED);
        lookup = trustedOnly.lookUp(byHash(REGISTERED).put("query", "{ personas { edges { node { id } } } }"));
        assertThat(lookup.request().getString("query")).as("the text cannot smuggle another operation in")
                .isEqualTo(REGISTERED);
    }

    @Test
    void anUnknownHashIsNotFoundThenRememberedOnceSentWithItsText() {
        assertThat(code(open.lookUp(byHash(OTHER)))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        JsonObject withText = byHash(OTHER).put("query", OTHER);
        assertThat(open.lookUp(withText).request()).isSameAs(withText);
        assertThat(open.lookUp(byHash(OTHER)).request().getString("query")).isEqualTo(OTHER);
    }

    @Test
    void theRememberedDocumentsAreBounded() {
        for (int i = 0; i < 50; i++) {
            String document = "{ journeys(first: " + (i + 1) + ") { totalCount } }";
            open.lookUp(byHash(document).put("query", document));
        }
        open.remembered().cleanUp();
        assertThat(open.remembered().estimatedSize()).isLessThanOrEqualTo(2);
    }

    @Test
    void aHashThatIsNotTheTextsIsRefusedAndNotRemembered() {
        Lookup lookup = open.lookUp(byHash(OTHER).put("query", "{ journeys { totalCount } }"));
        assertThat(code(lookup)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
        assertThat(lookup.refusal().message()).contains("sha256Hash");
        assertThat(code(open.lookUp(byHash(OTHER)))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void trustedOnlyRunsNothingElseNeitherByTextNorByHash() {
        assertThat(code(trustedOnly.lookUp(new JsonObject().put("query", OTHER)))).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
        assertThat(code(trustedOnly.lookUp(byHash(OTHER).put("query", OTHER)))).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
        assertThat(code(trustedOnly.lookUp(byHash(OTHER)))).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
        assertThat(trustedOnly.lookUp(new JsonObject().put("query", REGISTERED)).refusal())
                .as("the registered text itself, without its hash").isNull();
    }

    @Test
    void theDefaultModeLeavesPlainRequestsAsTheyAre() {
        JsonObject plain = new JsonObject().put("query", OTHER);
        assertThat(open.lookUp(plain).request()).isSameAs(plain);
    }

    @Test
    void aMalformedPersistedQueryNamesItsField() {
        JsonObject version2 = byHash(OTHER);
        version2.getJsonObject("extensions").getJsonObject("persistedQuery").put("version", 2);
        assertThat(open.lookUp(version2).refusal().message()).isEqualTo("extensions.persistedQuery.version must be 1");
        JsonObject shortHash = new JsonObject().put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", "abc")));
        assertThat(open.lookUp(shortHash).refusal().message()).startsWith("extensions.persistedQuery.sha256Hash must be");
        assertThat(code(open.lookUp(shortHash))).isEqualTo("BAD_REQUEST");
    }

    private static JsonObject byHash(String document) {
        return new JsonObject().put("variables", new JsonObject().put("first", 3)).put("extensions", new JsonObject()
                .put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", TrustedDocuments.sha256(document))));
    }

    private static String code(Lookup lookup) {
        assertThat(lookup.refusal()).as("refused").isNotNull();
        return (String) lookup.refusal().extensions().get("code");
    }
}
