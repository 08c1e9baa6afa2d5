package io.parcours.feedback;

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
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The stored shape the codecs write (and that earlier stored surveys have): what queries and operators rely on. */
@QuarkusTest
class SurveyStorageTest {

    @Inject
    ReactiveMongoClient client;

    @Inject
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final String workspace = "storage-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void aSurveyAndItsVersionAreStoredWithTheirOwnFieldNames() {
        Map<String, Object> input = Surveys.input("Stored");
        input.put("opensAt", "2026-01-01T00:00:00Z");
        Map<String, Object> draft = Surveys.create(editor, input);
        String id = (String) draft.get("id");
        Surveys.ok(GraphQL.call(editor, Surveys.PUBLISH, Map.of("id", id, "r", 0)), "publishSurvey");

        Document survey = raw("surveys", id);
        assertThat(survey.getString("workspaceId")).isEqualTo(workspace);
        assertThat(survey.getString("status")).isEqualTo("ACTIVE");
        assertThat(survey.get("opensAt")).isEqualTo(Date.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(survey.getInteger("publishedVersion")).isEqualTo(1);
        List<Document> questions = survey.getList("questions", Document.class);
        assertThat(questions.get(0).getString("id")).isEqualTo("nps");
        assertThat(questions.get(0)).doesNotContainKey("_id");

        Document version = raw("survey_versions", id + "@1");
        assertThat(version.getString("surveyId")).isEqualTo(id);
        assertThat(version.getString("workspaceId")).isEqualTo(workspace);
        assertThat(version.getInteger("version")).isEqualTo(1);
        assertThat(version.getList("questions", Document.class).get(4).getList("options", Document.class).get(0))
                .containsKey("id").doesNotContainKey("_id");
    }

    @Test
    void aSurveyStoredWithNullFieldsReadsBack() {
        String id = UUID.randomUUID().toString();
        Document stored = Document.parse("{ \"_id\": \"" + id + "\", \"workspaceId\": \"" + workspace + "\", \"title\": \"Old\", "
                + "\"kind\": \"NPS\", \"status\": \"DRAFT\", \"opensAt\": null, \"closesAt\": null, \"journeyId\": null, "
                + "\"stageId\": null, \"touchpointId\": null, \"personaId\": null, \"defaultLocale\": \"en\", "
                + "\"questions\": [ { \"id\": \"nps\", \"type\": \"NPS\", \"labels\": [ { \"locale\": \"en\", \"text\": \"How likely?\" } ], "
                + "\"required\": true, \"min\": null, \"max\": null, \"options\": null, \"maxLength\": null } ], "
                + "\"publishedVersion\": 0, \"draftChanged\": false, \"revision\": 0 }")
                .append("createdAt", new Date()).append("updatedAt", new Date());
        client.getDatabase(database).getCollection("surveys").insertOne(stored).await().indefinitely();

        Map<String, Object> read = Surveys.ok(GraphQL.call(Tokens.of(workspace, "viewer"), Surveys.GET, Map.of("id", id)), "survey");

        assertThat(read).containsEntry("title", "Old").containsEntry("kind", "NPS").containsEntry("opensAt", null);
        assertThat((List<Map<String, Object>>) read.get("questions")).extracting(q -> q.get("id")).containsExactly("nps");
    }

    private Document raw(String collection, String id) {
        return client.getDatabase(database).getCollection(collection).find(new Document("_id", id)).collect().first()
                .await().indefinitely();
    }
}
