package io.parcours.feedback;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The stored shape of a response (written by the record codec), and responses stored earlier with their missing
 * links as explicit nulls: both are counted under the same day's tally, recounted and erased alike.
 */
@QuarkusTest
class ResponseStorageTest {

    private static final String RECOUNT = "mutation { recountScores { daysChecked daysCorrected "
            + "corrections { after { responseCount nps { score answers } } } } }";

    @Inject
    ReactiveMongoClient client;

    @Inject
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final String workspace = "stored-" + UUID.randomUUID();
    private final String admin = Tokens.of(workspace, "admin");
    private final String touchpoint = UUID.randomUUID().toString();

    @Test
    void aResponseIsStoredWithItsFieldNamesAndWithoutItsMissingLinks() {
        Object survey = survey();
        Surveys.submit(Tokens.of(workspace, "collector"), Surveys.response(survey, "shape", score("nps", 9)));

        Document stored = responses().find(eq("clientResponseId", "shape")).collect().first().await().indefinitely();
        assertThat(stored.get("_id")).isInstanceOf(String.class);
        assertThat(stored).containsEntry("workspaceId", workspace).containsEntry("surveyId", survey)
                .containsEntry("surveyVersion", 1).containsEntry("touchpointId", touchpoint)
                .containsEntry("channel", "MOBILE_APP").containsEntry("respondentRef", "respondent-shape")
                .doesNotContainKeys("stageId", "journeyId", "personaId");
        assertThat(stored.get("submittedAt")).isInstanceOf(Date.class);
        assertThat(stored.get("receivedAt")).isInstanceOf(Date.class);
        Document answer = stored.getList("answers", Document.class).get(0);
        assertThat(answer).containsEntry("questionId", "nps").containsEntry("type", "NPS").containsEntry("score", 9);
    }

    @Test
    void aResponseStoredWithNullLinksCountsRecountsAndErasesLikeANewOne() {
        Object survey = survey();
        Surveys.submit(Tokens.of(workspace, "collector"), Surveys.response(survey, "new", score("nps", 10)));
        Document newer = responses().find(eq("clientResponseId", "new")).collect().first().await().indefinitely();
        Document earlier = Document.parse("{ \"workspaceId\": \"" + workspace + "\", \"surveyId\": \"" + survey + "\", "
                + "\"surveyVersion\": 1, \"clientResponseId\": \"earlier\", \"respondentRef\": \"respondent-earlier\", "
                + "\"channel\": \"WEB\", \"locale\": \"en\", \"journeyId\": null, \"stageId\": null, "
                + "\"touchpointId\": \"" + touchpoint + "\", \"personaId\": null, \"answers\": [ { \"questionId\": \"nps\", "
                + "\"type\": \"NPS\", \"score\": 0, \"optionIds\": null, \"text\": null } ] }")
                .append("_id", UUID.randomUUID().toString())
                .append("submittedAt", newer.get("submittedAt")).append("receivedAt", Date.from(Instant.now()));
        responses().insertOne(earlier).await().indefinitely();

        JsonPath recounted = GraphQL.call(admin, RECOUNT);
        assertThat(recounted.getInt("data.recountScores.daysChecked")).as("one day: null and missing links are one key").isEqualTo(1);
        assertThat(recounted.getInt("data.recountScores.daysCorrected")).isEqualTo(1);
        assertThat(recounted.getMap("data.recountScores.corrections[0].after"))
                .isEqualTo(Map.of("responseCount", 2, "nps", Map.of("score", 0.0f, "answers", 2)));

        JsonPath erased = GraphQL.call(admin, "mutation { eraseRespondent(respondentRef: \"respondent-earlier\") }");
        assertThat(erased.getInt("data.eraseRespondent")).isEqualTo(1);
        assertThat(Surveys.count(admin, Map.of())).isEqualTo(1);
        assertThat(responses().countDocuments(and(eq("workspaceId", workspace))).await().indefinitely()).isEqualTo(1);
        assertThat(GraphQL.call(admin, RECOUNT).getInt("data.recountScores.daysCorrected")).as("the erasure recounted its day").isZero();
    }

    private Object survey() {
        Map<String, Object> input = Surveys.input("Stored " + touchpoint);
        input.put("touchpointId", touchpoint);
        return Surveys.active(Tokens.of(workspace, "editor"), input).get("id");
    }

    private ReactiveMongoCollection<Document> responses() {
        return client.getDatabase(database).getCollection("responses");
    }
}
