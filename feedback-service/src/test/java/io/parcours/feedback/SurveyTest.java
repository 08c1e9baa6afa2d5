package io.parcours.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;

import io.parcours.feedback.support.Surveys;
import io.parcours.feedback.survey.SurveyLinks;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SurveyTest {

    @Inject
    ReactiveMongoClient mongo;
    @Inject
    SurveyLinks links;
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final String workspace = "surveys-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void createsADraftWithEveryField() {
        String touchpoint = UUID.randomUUID().toString();
        Map<String, Object> input = Surveys.input("After checkout");
        input.put("touchpointId", touchpoint);
        input.put("journeyId", UUID.randomUUID().toString());
        input.put("opensAt", "2026-01-01T00:00:00Z");
        input.put("closesAt", "2027-01-01T00:00:00Z");

        Map<String, Object> draft = Surveys.create(editor, input);

        assertThat(draft).containsEntry("title", "After checkout").containsEntry("status", "DRAFT")
                .containsEntry("version", 0).containsEntry("latestVersion", 0).containsEntry("revision", 0)
                .containsEntry("touchpointId", touchpoint).containsEntry("defaultLocale", "en")
                .containsEntry("opensAt", "2026-01-01T00:00:00Z").containsEntry("publishedAt", null);
        List<Map<String, Object>> questions = (List<Map<String, Object>>) draft.get("questions");
        assertThat(questions).extracting(q -> q.get("id")).containsExactly("nps", "csat", "ces", "stars", "found", "liked", "comment");
        assertThat(questions.get(3)).containsEntry("min", 1).containsEntry("max", 10);
        assertThat(questions.get(4).get("options")).asList().hasSize(3);
        assertThat(GraphQL.call(Tokens.of(workspace, "viewer"), Surveys.GET, Map.of("id", draft.get("id")))
                .getMap("data.survey")).isEqualTo(draft);
    }

    @Test
    void templatesCarryTheClassicQuestions() {
        for (String kind : List.of("NPS", "CSAT", "CES")) {
            Map<String, Object> survey = Surveys.ok(GraphQL.call(editor, "mutation($k: SurveyKind!) { createSurveyFromTemplate("
                    + "kind: $k) { kind title questions { id type required labels { locale text } options { id } } } }",
                    Map.of("k", kind)), "createSurveyFromTemplate");
            List<Map<String, Object>> questions = (List<Map<String, Object>>) survey.get("questions");
            assertThat(survey).containsEntry("kind", kind).containsEntry("title", kind + " survey");
            assertThat(questions.get(0)).containsEntry("type", kind).containsEntry("required", true);
            assertThat(questions.get(1).get("id")).isEqualTo("discovery");
            assertThat(questions.get(1).toString()).contains("How did you discover our brand?");
            assertThat((List<?>) questions.get(1).get("options")).hasSize(6);
        }
        JsonPath nps = GraphQL.call(editor, "mutation { createSurveyFromTemplate(kind: NPS) { questions { labels { text } } } }");
        assertThat(nps.getString("data.createSurveyFromTemplate.questions[0].labels[0].text"))
                .isEqualTo("How likely are you to recommend us to a friend or colleague?");
    }

    @Test
    void publishingAnEditCreatesTheNextVersion() {
        Map<String, Object> v1 = Surveys.active(editor, Surveys.input("Versioned"));
        assertThat(v1).containsEntry("status", "ACTIVE").containsEntry("version", 1).containsEntry("latestVersion", 1)
                .containsEntry("hasUnpublishedChanges", false);
        Object id = v1.get("id");

        Map<String, Object> edited = Surveys.input("Versioned, edited");
        ((List<Object>) edited.get("questions")).remove(6);
        Map<String, Object> draft = Surveys.ok(GraphQL.call(editor, "mutation($id: ID!, $input: SurveyInput!, $r: Int!) { "
                + "updateSurvey(id: $id, input: $input, expectedRevision: $r) { version revision hasUnpublishedChanges title } }",
                Map.of("id", id, "input", edited, "r", v1.get("revision"))), "updateSurvey");
        assertThat(draft).containsEntry("version", 0).containsEntry("hasUnpublishedChanges", true)
                .containsEntry("title", "Versioned, edited");
        assertThat(GraphQL.call(editor, Surveys.GET, Map.of("id", id)).getString("data.survey.title"))
                .as("respondents still see version 1").isEqualTo("Versioned");

        Map<String, Object> v2 = Surveys.ok(GraphQL.call(editor, Surveys.PUBLISH, Map.of("id", id, "r", draft.get("revision"))),
                "publishSurvey");
        assertThat(v2).containsEntry("version", 2).containsEntry("title", "Versioned, edited");
        assertThat((List<?>) v2.get("questions")).hasSize(6);
        JsonPath old = GraphQL.call(editor, Surveys.GET, Map.of("id", id, "v", 1));
        assertThat(old.getString("data.survey.title")).isEqualTo("Versioned");
        assertThat(old.getList("data.survey.questions")).hasSize(7);
        assertThat(GraphQL.call(editor, Surveys.GET, Map.of("id", id, "v", 3)).getMap("data.survey")).isNull();

        JsonPath republish = GraphQL.call(editor, Surveys.PUBLISH, Map.of("id", id, "r", v2.get("revision")));
        assertThat(republish.getInt("data.publishSurvey.version")).as("nothing changed: no new version").isEqualTo(2);
    }

    @Test
    void staleRevisionIsAConflictAndCloseNeedsActive() {
        Map<String, Object> draft = Surveys.create(editor, Surveys.input("Locked"));
        JsonPath stale = GraphQL.call(editor, Surveys.PUBLISH, Map.of("id", draft.get("id"), "r", 5));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(GraphQL.call(editor, Surveys.GET, Map.of("id", draft.get("id"))).getString("data.survey.status")).isEqualTo("DRAFT");

        JsonPath closeDraft = GraphQL.call(editor, "mutation($id: ID!) { closeSurvey(id: $id, expectedRevision: 0) { status } }",
                Map.of("id", draft.get("id")));
        assertThat(closeDraft.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(closeDraft.getString("errors[0].message")).contains("status only an ACTIVE survey can be closed");

        Map<String, Object> active = Surveys.active(editor, Surveys.input("Open"));
        JsonPath closed = GraphQL.call(editor, "mutation($id: ID!, $r: Int!) { closeSurvey(id: $id, expectedRevision: $r) "
                + "{ status version } }", Map.of("id", active.get("id"), "r", active.get("revision")));
        assertThat(closed.getString("data.closeSurvey.status")).isEqualTo("CLOSED");
        assertThat(closed.getInt("data.closeSurvey.version")).isEqualTo(1);
    }

    @Test
    void everySurveyRuleIsCheckedAndNothingStored() {
        rejected(in -> in.put("title", " "), "input.title must not be blank");
        rejected(in -> in.put("questions", List.of()), "input.questions size must be between 1 and 50");
        rejected(in -> questions(in).add(Surveys.question("nps", "NPS", false)), "input.questions[7].id must be unique in the survey");
        rejected(in -> questions(in).get(0).put("labels", List.of(Map.of("locale", "fr", "text", "Bonjour"))),
                "input.questions[0].labels must include the default locale en");
        rejected(in -> questions(in).get(0).put("id", "Not Valid"), "input.questions[0].id must be 1–40 lower-case letters");
        rejected(in -> questions(in).get(3).put("max", 1), "input.questions[3].max must be greater than min");
        rejected(in -> questions(in).get(3).remove("min"), "input.questions[3].max min and max are required for RATING");
        rejected(in -> questions(in).get(0).put("min", 3), "input.questions[0].min min and max are only for RATING questions");
        rejected(in -> questions(in).set(4, Surveys.choice("found", "SINGLE_CHOICE", "only")),
                "input.questions[4].options must hold 2 to 20 options");
        rejected(in -> questions(in).set(4, Surveys.choice("found", "SINGLE_CHOICE", "a", "a")),
                "input.questions[4].options[1].id must be unique in the question");
        rejected(in -> questions(in).get(0).put("options", Surveys.choice("x", "SINGLE_CHOICE", "a", "b").get("options")),
                "input.questions[0].options are only for SINGLE_CHOICE and MULTIPLE_CHOICE questions");
        rejected(in -> questions(in).get(6).put("maxLength", 6000), "input.questions[6].maxLength must be less than or equal to 5000");
        rejected(in -> {
            in.put("opensAt", "2026-02-01T00:00:00Z");
            in.put("closesAt", "2026-01-01T00:00:00Z");
        }, "input.closesAt must be after opensAt");
        rejected(in -> in.put("opensAt", "2026-02-01T00:00:00.0001Z"), "input.opensAt must be given to the millisecond at most");
        rejected(in -> in.put("closesAt", "2026-02-01T00:00:00.123456789Z"),
                "input.closesAt must be given to the millisecond at most");
        rejected(in -> in.put("touchpointId", "tp-1"), "input.touchpointId must be a touchpoint id (UUID)");
        rejected(in -> in.put("defaultLocale", "english"), "input.defaultLocale must be a locale like en or fr-FR");
        assertThat(GraphQL.call(editor, "{ surveys { totalCount } }").getInt("data.surveys.totalCount")).isZero();
    }

    @Test
    void listingAndBatchByTouchpoint() {
        String touchpointA = UUID.randomUUID().toString();
        String touchpointB = UUID.randomUUID().toString();
        for (String[] spec : new String[][] { { "A1", touchpointA }, { "B1", touchpointB }, { "A2", touchpointA } }) {
            Map<String, Object> input = Surveys.input(spec[0]);
            input.put("touchpointId", spec[1]);
            if (!spec[0].equals("A2")) {
                Surveys.active(editor, input);
            } else {
                Surveys.create(editor, input);
            }
        }
        JsonPath page = GraphQL.call(editor, "query($tp: ID) { surveys(touchpointId: $tp, first: 1) { totalCount "
                + "edges { node { title } } pageInfo { hasNextPage endCursor } } }", Map.of("tp", touchpointA));
        assertThat(page.getInt("data.surveys.totalCount")).isEqualTo(2);
        assertThat(page.getList("data.surveys.edges.node.title")).containsExactly("A1");
        JsonPath next = GraphQL.call(editor, "query($tp: ID, $after: String) { surveys(touchpointId: $tp, after: $after) { "
                + "edges { node { title } } pageInfo { hasNextPage } } }",
                Map.of("tp", touchpointA, "after", page.getString("data.surveys.pageInfo.endCursor")));
        assertThat(next.getList("data.surveys.edges.node.title")).containsExactly("A2");
        assertThat(GraphQL.call(editor, "{ surveys(status: ACTIVE) { totalCount } }").getInt("data.surveys.totalCount")).isEqualTo(2);

        JsonPath batch = GraphQL.call(editor, "query($ids: [String!]!) { surveysByTouchpointIds(ids: $ids) { title version } }",
                Map.of("ids", List.of(touchpointB, UUID.randomUUID().toString(), touchpointA)));
        assertThat(batch.getList("data.surveysByTouchpointIds[0].title")).containsExactly("B1");
        assertThat(batch.getList("data.surveysByTouchpointIds[1]")).isEmpty();
        assertThat(batch.getList("data.surveysByTouchpointIds[2].title")).containsExactly("A1", "A2");
        assertThat(batch.getList("data.surveysByTouchpointIds[2].version")).containsExactly(1, 0);
    }

    @Test
    void aSurveyMovedToAnotherTouchpointIsFoundThereOnlyAndEarlierSurveysAreLinkedAtStart() {
        String from = UUID.randomUUID().toString();
        String to = UUID.randomUUID().toString();
        Map<String, Object> input = Surveys.input("Moving");
        input.put("touchpointId", from);
        Map<String, Object> created = Surveys.create(editor, input);
        input.put("touchpointId", to);
        JsonPath moved = GraphQL.call(editor, "mutation($id: ID!, $in: SurveyInput!, $r: Int!) { updateSurvey(id: $id, "
                + "input: $in, expectedRevision: $r) { touchpointId } }",
                Map.of("id", created.get("id"), "in", input, "r", created.get("revision")));
        assertThat(moved.getString("data.updateSurvey.touchpointId")).as(moved.prettify()).isEqualTo(to);
        assertThat(titlesByTouchpoint(from, to)).isEqualTo(List.of(List.of(), List.of("Moving")));
        assertThat(GraphQL.call(Tokens.of("elsewhere-" + UUID.randomUUID(), "viewer"),
                "query($ids: [String!]!) { surveysByTouchpointIds(ids: $ids) { title } }", Map.of("ids", List.of(to)))
                .getList("data.surveysByTouchpointIds[0]")).as("another workspace").isEmpty();

        // A store written before the links were kept: surveys without links, no marker.
        ReactiveMongoDatabase store = mongo.getDatabase(database);
        store.getCollection("survey_links").deleteMany(Filters.regex("_id", "^" + workspace + "\\|")).await().indefinitely();
        store.getCollection("migrations").deleteOne(Filters.eq("_id", "survey-links")).await().indefinitely();
        assertThat(titlesByTouchpoint(from, to)).isEqualTo(List.of(List.of(), List.of()));
        links.linkEarlierSurveys().await().indefinitely();
        assertThat(titlesByTouchpoint(from, to)).isEqualTo(List.of(List.of(), List.of("Moving")));
    }

    private List<Object> titlesByTouchpoint(String... touchpoints) {
        JsonPath batch = GraphQL.call(editor, "query($ids: [String!]!) { surveysByTouchpointIds(ids: $ids) { title } }",
                Map.of("ids", List.of(touchpoints)));
        assertThat(batch.getList("errors")).as(batch.prettify()).isNull();
        return batch.getList("data.surveysByTouchpointIds.title");
    }

    @Test
    void federationResolvesSurveys() {
        Map<String, Object> survey = Surveys.active(editor, Surveys.input("Federated"));
        JsonPath body = GraphQL.call(editor, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Survey { title } } }",
                Map.of("r", List.of(Map.of("__typename", "Survey", "id", survey.get("id")),
                        Map.of("__typename", "Survey", "id", UUID.randomUUID().toString()))));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getList("data._entities")).hasSize(2);
        assertThat(body.getString("data._entities[0].title")).isEqualTo("Federated");
        assertThat(GraphQL.call(editor, "{ _service { sdl } }").getString("data._service.sdl"))
                .containsPattern("type Survey @key\\(fields ?: ?\"id\"\\)").containsPattern("type PageInfo @shareable");
    }

    private void rejected(Consumer<Map<String, Object>> breakIt, String expected) {
        Map<String, Object> input = Surveys.input("Valid");
        breakIt.accept(input);
        JsonPath body = GraphQL.call(editor, Surveys.CREATE, Map.of("input", input));
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains(expected);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(Map<String, Object> input) {
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Object question : (List<Object>) input.get("questions")) {
            copy.add(new java.util.HashMap<>((Map<String, Object>) question));
        }
        input.put("questions", copy);
        return copy;
    }
}
