package io.parcours.gateway.persisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests of registered operations: the web app's from its jar, codegen's and Apollo's shapes, checked hashes. */
class TrustedDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void theWebAppsOperationsAreRegisteredFromItsJar() {
        TrustedDocuments documents = TrustedDocuments.load(List.of());
        assertThat(documents.size()).as("the web app's operations, from " + TrustedDocuments.WEB_APP_MANIFEST)
                .isGreaterThan(20);
        String personas = "query PersonaChoices { personas(first: 100) { edges { node { id name } } } }";
        assertThat(documents.document(TrustedDocuments.sha256(personas))).isEqualTo(personas);
    }

    @Test
    void theWholeJourneyQueryTheLocalRunWarmsUpWithIsRegistered() throws IOException {
        String script = Files.readString(Path.of("../parcours"));
        assertThat(script).contains("META-INF/parcours/whole-journey.graphql");
        String wholeJourney = Files.readString(Path.of("src/main/resources/META-INF/parcours/whole-journey.graphql")).strip();
        assertThat(TrustedDocuments.load(List.of()).document(TrustedDocuments.sha256(wholeJourney))).isEqualTo(wholeJourney);
    }

    @Test
    void anApolloManifestAndACodegenOneAreReadAlike() throws IOException {
        String a = "query A { journeys { totalCount } }";
        String b = "query B { personas { totalCount } }";
        Path apollo = Files.writeString(dir.resolve("apollo.json"), "{\"format\": \"apollo-persisted-query-manifest\", "
                + "\"version\": 1, \"operations\": [{\"id\": \"" + TrustedDocuments.sha256(a) + "\", \"name\": \"A\", "
                + "\"type\": \"query\", \"body\": \"" + a + "\"}]}");
        Path codegen = Files.writeString(dir.resolve("codegen.json"), "{\"sha256:" + TrustedDocuments.sha256(b)
                + "\": \"" + b + "\"}");
        TrustedDocuments documents = TrustedDocuments.load(List.of(apollo, codegen));
        assertThat(documents.document(TrustedDocuments.sha256(a))).isEqualTo(a);
        assertThat(documents.document(TrustedDocuments.sha256(b))).isEqualTo(b);
    }

    @Test
    void aManifestWhoseHashIsNotItsDocumentsStopsTheStart() throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"sha256:" + TrustedDocuments.sha256("{ a }")
                + "\": \"{ b }\"}");
        assertThatThrownBy(() -> TrustedDocuments.load(List.of(wrong))).hasMessageContaining("wrong.json")
                .hasMessageContaining("is not the SHA-256 of its document");
    }
}
