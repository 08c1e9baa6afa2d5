package io.parcours.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.parcours.testing.TokenKeysResource;
import io.parcours.testing.Tokens;
import io.parcours.testing.platform.Subgraphs;

/**
 * The demo load stopped half-way (the process killed, a service gone) and run again completes the workspace: the
 * same personas, journeys, touchpoints, surveys, scores and funnels as a load that was never interrupted, and a
 * further run changes nothing. Against the packaged subgraphs, as ./parcours runs the seed.
 */
class DemoSeedIT {

    private static Subgraphs subgraphs;

    @BeforeAll
    static void start() {
        KeyPair keys = TokenKeysResource.rsaKeyPair();
        System.setProperty(TokenKeysResource.PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        subgraphs = Subgraphs.start(Map.of("QUARKUS_OIDC_PUBLIC_KEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "QUARKUS_OIDC_TOKEN_ISSUER", TokenKeysResource.ISSUER));
    }

    @AfterAll
    static void stop() {
        if (subgraphs != null) {
            subgraphs.stop();
        }
    }

    @Test
    void anInterruptedLoadIsCompletedByTheNextAndAThirdChangesNothing() throws Exception {
        String whole = Tokens.of("seed-whole", "editor");
        int calls = seed(whole, Integer.MAX_VALUE);

        String resumed = Tokens.of("seed-resumed", "editor");
        assertThatThrownBy(() -> seed(resumed, 2)).hasMessageContaining("interrupted");
        assertThat(snapshot(resumed)).as("stopped after the first persona").isNotEqualTo(snapshot(whole));
        // Stopped further on each time: a later run skips what is there, so the same calls take it further.
        int interrupted = 0;
        for (int stopAfter : List.of(calls / 4, calls / 3, calls / 2)) {
            try {
                seed(resumed, stopAfter);
                break;
            } catch (IOException stopped) {
                assertThat(stopped).hasMessageContaining("interrupted");
                interrupted++;
            }
        }
        assertThat(interrupted).as("loads interrupted among the touchpoints, surveys and responses").isGreaterThanOrEqualTo(2);
        seed(resumed, Integer.MAX_VALUE);
        Map<String, Object> expected = snapshot(whole);
        assertThat(snapshot(resumed)).isEqualTo(expected);

        seed(resumed, Integer.MAX_VALUE);
        assertThat(snapshot(resumed)).as("a complete workspace is left as it is").isEqualTo(expected);
        // What is compared holds the demo's data, not empty lists that would match anyway.
        Map<?, ?> grocery = (Map<?, ?>) expected.get("Sofia / Weekly grocery order / CURRENT_STATE");
        assertThat(grocery.get("scores").toString()).contains("\"responseCount\":").doesNotContain("\"responseCount\":0,");
        assertThat(grocery.get("funnel").toString()).contains("\"customersEntered\":").doesNotContain("\"customersEntered\":0,");
        assertThat((List<?>) grocery.get("surveys")).hasSizeGreaterThan(10);
        assertThat(expected.get("Sofia photo")).asString().startsWith("/api/v1/persona-photos/");
    }

    /** One demo load that stops (as if killed) after {@code calls} GraphQL calls; returns the calls it made. */
    private static int seed(String token, int calls) throws IOException, InterruptedException {
        int[] made = { 0 };
        GraphQLClient stoppable = new GraphQLClient(token) {
            @Override
            JsonNode call(String url, String query, Map<String, Object> variables) throws IOException, InterruptedException {
                if (++made[0] > calls) {
                    throw new IOException("interrupted after " + calls + " calls");
                }
                return super.call(url, query, variables);
            }
        };
        new DemoSeeder(stoppable, url("persona-service"), url("touchpoint-service"), url("feedback-service")).seed();
        return made[0];
    }

    /** What a workspace holds, without its ids: each journey with its stages, touchpoints, surveys, scores and funnel. */
    private static Map<String, Object> snapshot(String editorOfWorkspace) throws IOException, InterruptedException {
        GraphQLClient client = new GraphQLClient(editorOfWorkspace);
        Map<String, Object> snapshot = new TreeMap<>();
        JsonNode personas = client.call(url("persona-service"), "{ personas(first: 100, includeArchived: true) "
                + "{ totalCount edges { node { id name avatarUrl } } } }", Map.of()).get("personas");
        snapshot.put("personas", personas.get("totalCount").asInt());
        for (JsonNode edge : personas.get("edges")) {
            // The photo's address is its content's hash: the same in every workspace that holds the demo.
            snapshot.put(edge.at("/node/name").asText() + " photo", edge.at("/node/avatarUrl").asText());
            JsonNode journeys = client.call(url("touchpoint-service"), "query($p: ID!) { journeys(personaId: $p, first: 100) "
                    + "{ edges { node { id name mapType status derivedFromId stages { name touchpoints { name emotion } } } } } }",
                    Map.of("p", edge.at("/node/id").asText())).at("/journeys/edges");
            for (JsonNode journeyEdge : journeys) {
                JsonNode journey = journeyEdge.get("node");
                String id = journey.get("id").asText();
                String key = edge.at("/node/name").asText() + " / " + journey.get("name").asText() + " / "
                        + journey.get("mapType").asText();
                Map<String, Object> of = new TreeMap<>();
                of.put("status", journey.get("status").asText());
                of.put("derived", !journey.get("derivedFromId").isNull());
                of.put("stages", journey.get("stages").toString());
                of.put("funnel", client.call(url("touchpoint-service"), "query($j: ID!) { funnel(journeyId: $j) "
                        + "{ customersEntered stages { name customers } } }", Map.of("j", id)).toString());
                JsonNode surveys = client.call(url("feedback-service"), "query($j: ID!) { surveys(journeyId: $j, first: 100) "
                        + "{ totalCount edges { node { title kind status } } } }", Map.of("j", id)).get("surveys");
                List<String> titles = new ArrayList<>();
                surveys.get("edges").forEach(s -> titles.add(s.get("node").toString()));
                titles.sort(null);
                of.put("surveys", titles);
                of.put("scores", client.call(url("feedback-service"), "query($j: ID!) { feedbackSummary(filter: {journeyId: $j}) "
                        + "{ responseCount nps { score answers } csat { mean answers } ces { mean answers } } }",
                        Map.of("j", id)).toString());
                snapshot.put(key, of);
            }
        }
        return snapshot;
    }

    private static String url(String service) {
        return subgraphs.get(service).graphqlUrl();
    }
}
