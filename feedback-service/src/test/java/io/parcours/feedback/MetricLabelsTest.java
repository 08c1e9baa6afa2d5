package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Anonymous requests to random paths cannot fill the metrics' uri labels: once they passed a hundred, Micrometer
 * stopped recording new ones, so real routes went unmeasured. Every label is a route template or one fixed value.
 */
@QuarkusTest
class MetricLabelsTest {

    private static final Pattern URI = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    @Test
    void randomPathsShareOneLabelAndRealRoutesKeepTheirs() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 150; i++) {
            given().contentType("application/json").body("{}").post("/api/v1/surveys/" + marker + i + "/responses")
                    .then().statusCode(401);
        }
        String viewer = Tokens.of("labels-" + UUID.randomUUID(), "viewer");
        for (int i = 0; i < 20; i++) {
            given().header("Authorization", "Bearer " + viewer).contentType("application/json").body("{}")
                    .post("/graphql/" + marker + i).then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        }
        String editor = Tokens.of("labels-" + UUID.randomUUID(), "editor");
        Object surveyId = Surveys.active(editor, Surveys.input("Labels")).get("id");
        given().header("Authorization", "Bearer " + Tokens.of("labels-x", "collector")).contentType("application/json")
                .body("{}").post("/api/v1/surveys/" + surveyId + "/responses");
        GraphQL.call(viewer, "{ surveys { totalCount } }");

        Set<String> labels = labels(given().get("/q/metrics").then().statusCode(200).extract().asString());
        assertThat(labels).noneMatch(label -> label.contains(marker));
        assertThat(labels).contains("/graphql", "/api/v1/surveys/{surveyId}/responses", "UNKNOWN");
    }

    private static Set<String> labels(String metrics) {
        Matcher matcher = URI.matcher(metrics);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.stream().collect(Collectors.toSet());
    }
}
