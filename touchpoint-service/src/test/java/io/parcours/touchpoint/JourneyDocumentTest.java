package io.parcours.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Whole journeys from documents: a JSON export imported, checked without storing, and the template gallery. */
@QuarkusTest
@SuppressWarnings("unchecked")
class JourneyDocumentTest {

    private static final String IMPORT = "mutation($d: JourneyDocumentInput!) { importJourney(document: $d) { "
            + Journeys.JOURNEY_FIELDS + " } }";
    private static final String CHECK = "query($d: JourneyDocumentInput!) { checkJourneyDocument(document: $d) }";
    private static final String TEMPLATES = """
            query($locale: String) { journeyTemplates(locale: $locale) { id own locale industry name description mapType
              stageNames touchpointCount persona { name title quote goals frustrations preferredChannels } } }""";
    private static final String FROM_TEMPLATE = """
            mutation($id: ID!, $locale: String, $name: String, $persona: ID) {
              createJourneyFromTemplate(templateId: $id, locale: $locale, name: $name, personaId: $persona) { %s } }"""
            .formatted(Journeys.JOURNEY_FIELDS);
    private static final String COUNT = "{ journeys { totalCount } }";

    private final String workspace = "documents-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String viewer = Tokens.of(workspace, "viewer");

    @Test
    void aDocumentBecomesADraftJourneyWithEveryStageAndTouchpointInOrder() {
        Map<String, Object> document = document("Imported", List.of(
                stage("Search", List.of(touchpoint("Ad", "ADVERTISING", -1, List.of("Too many ads")),
                        touchpoint("Results", "SEARCH", 0, List.of()))),
                stage("Buy", List.of()),
                stage("Use", List.of(touchpoint("App", "MOBILE_APP", 2, List.of("Slow login", "No dark mode"))))));

        Map<String, Object> journey = Journeys.ok(GraphQL.call(editor, IMPORT, Map.of("d", document)), "importJourney");

        assertThat(journey).containsEntry("name", "Imported").containsEntry("status", "DRAFT")
                .containsEntry("mapType", "FUTURE_STATE").containsEntry("description", "Moved from elsewhere");
        List<Map<String, Object>> stages = Journeys.stages(journey);
        assertThat(stages).extracting(s -> s.get("name"), s -> s.get("position"))
                .containsExactly(tuple("Search", 1), tuple("Buy", 2), tuple("Use", 3));
        assertThat(Journeys.touchpoints(stages.get(0))).extracting(t -> t.get("name"), t -> t.get("position"),
                t -> t.get("channel"), t -> t.get("emotion"), t -> t.get("painPoints"))
                .containsExactly(tuple("Ad", 1, "ADVERTISING", -1, List.of("Too many ads")),
                        tuple("Results", 2, "SEARCH", 0, List.of()));
        assertThat(Journeys.touchpoints(stages.get(1))).isEmpty();
        assertThat(Journeys.touchpoints(stages.get(2)).get(0)).containsEntry("painPoints", List.of("Slow login", "No dark mode"))
                .containsEntry("customerThought", "Thinking about App").containsEntry("interaction", "INDIRECT");
        assertThat(Journeys.get(editor, journey.get("id"))).as("as stored").isEqualTo(journey);
    }

    @Test
    void aDocumentWithOneBadFieldAnywhereIsRefusedWholeNamingThatField() {
        Map<String, Object> bad = document("Half", List.of(stage("One", List.of(touchpoint("Fine", "EMAIL", 1, List.of()))),
                stage("Two", List.of(touchpoint("Wrong", "EMAIL", 3, List.of())))));
        Map<String, Object> repeated = document("Twice", List.of(stage("Same", List.of()), stage(" same ", List.of())));
        Map<String, Object> tooMany = document("Wide", new ArrayList<>(java.util.stream.IntStream.rangeClosed(1, 21)
                .mapToObj(i -> stage("Stage " + i, List.of())).toList()));

        assertRefused(GraphQL.call(editor, IMPORT, Map.of("d", bad)), "document.stages[1].touchpoints[0].emotion");
        assertRefused(GraphQL.call(editor, IMPORT, Map.of("d", repeated)),
                "document.stages[1].name must differ from document.stages[0].name");
        assertRefused(GraphQL.call(editor, IMPORT, Map.of("d", tooMany)), "document.stages");
        assertThat(GraphQL.call(editor, COUNT).getInt("data.journeys.totalCount")).as("nothing half-imported").isZero();
    }

    @Test
    void aCheckGivesImportsAnswerAndStoresNothing() {
        Map<String, Object> good = document("Checked", List.of(stage("One", List.of(touchpoint("T", "PHONE", 0, List.of())))));
        Map<String, Object> bad = document("Checked", List.of(stage("", List.of())));

        assertThat(GraphQL.call(editor, CHECK, Map.of("d", good)).getBoolean("data.checkJourneyDocument")).isTrue();
        assertRefused(GraphQL.call(editor, CHECK, Map.of("d", bad)), "document.stages[0].name");
        assertThat(GraphQL.call(editor, COUNT).getInt("data.journeys.totalCount")).isZero();
        assertThat(GraphQL.call(viewer, CHECK, Map.of("d", good)).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(GraphQL.call(viewer, IMPORT, Map.of("d", good)).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void everyTemplateOfTheGalleryMakesItsJourneyInEnglishAndFrench() {
        List<Map<String, Object>> english = templates("en");
        List<Map<String, Object>> french = templates("fr");
        assertThat(english).extracting(t -> t.get("id")).containsExactly("online-retail", "store-retail",
                "bank-account-opening", "saas-onboarding", "hotel-stay", "telecom-support", "b2b-purchase");
        assertThat(french).extracting(t -> t.get("id")).isEqualTo(english.stream().map(t -> t.get("id")).toList());

        for (int i = 0; i < english.size(); i++) {
            Map<String, Object> en = english.get(i);
            Map<String, Object> fr = french.get(i);
            assertThat(fr.get("name")).as("translated").isNotEqualTo(en.get("name"));
            assertThat(((List<?>) fr.get("stageNames"))).hasSameSizeAs((List<?>) en.get("stageNames"));
            assertThat(fr.get("touchpointCount")).isEqualTo(en.get("touchpointCount"));
            assertThat((List<?>) ((Map<?, ?>) en.get("persona")).get("goals")).isNotEmpty();

            Map<String, Object> made = Journeys.ok(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", en.get("id"))),
                    "createJourneyFromTemplate");
            Map<String, Object> madeFr = Journeys.ok(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", en.get("id"),
                    "locale", "fr")), "createJourneyFromTemplate");
            assertThat(made).containsEntry("name", en.get("name")).containsEntry("status", "DRAFT");
            assertThat(Journeys.stages(made)).extracting(s -> s.get("name")).isEqualTo(en.get("stageNames"));
            assertThat(Journeys.stages(madeFr)).extracting(s -> s.get("name")).isEqualTo(fr.get("stageNames"));
            List<Map<String, Object>> touchpoints = Journeys.stages(made).stream().flatMap(s -> Journeys.touchpoints(s).stream()).toList();
            List<Map<String, Object>> touchpointsFr = Journeys.stages(madeFr).stream().flatMap(s -> Journeys.touchpoints(s).stream()).toList();
            assertThat(touchpoints).hasSize((Integer) en.get("touchpointCount"));
            assertThat(touchpoints).allSatisfy(t -> assertThat(t.get("emotion")).isNotNull());
            assertThat(touchpoints).anySatisfy(t -> assertThat((List<?>) t.get("painPoints")).isNotEmpty());
            assertThat(touchpointsFr).as("the same map in French: channels and emotions")
                    .extracting(t -> t.get("channel"), t -> t.get("emotion"))
                    .isEqualTo(touchpoints.stream().map(t -> tuple(t.get("channel"), t.get("emotion"))).toList());
        }
    }

    @Test
    void aTemplateTakesANameAndAPersonaAndRefusesWhatIsWrong() {
        String persona = UUID.randomUUID().toString();
        Map<String, Object> named = Journeys.ok(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", "hotel-stay",
                "name", "Our hotel", "persona", persona)), "createJourneyFromTemplate");
        assertThat(named).containsEntry("name", "Our hotel").containsEntry("personaId", persona);

        assertThat(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", "space-travel")).getString("errors[0].extensions.code"))
                .isEqualTo("NOT_FOUND");
        assertRefused(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", "hotel-stay", "locale", "de")), "locale must be one of [en, fr]");
        assertRefused(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", "hotel-stay", "name", " ")), "name must be 1 to 120");
        assertRefused(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", "hotel-stay", "persona", "nobody")), "personaId");
        assertThat(GraphQL.call(viewer, FROM_TEMPLATE, Map.of("id", "hotel-stay")).getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQL.call(editor, COUNT).getInt("data.journeys.totalCount")).isEqualTo(1);
    }

    @Test
    void aWorkspaceSavesAMapAsItsOwnTemplateAndStartsNewMapsFromIt() {
        String persona = UUID.randomUUID().toString();
        Map<String, Object> document = new HashMap<>(document("Our onboarding", List.of(
                stage("Sign up", List.of(touchpoint("Form", "WEBSITE", 1, List.of("Too long")))),
                stage("First use", List.of(touchpoint("Tour", "MOBILE_APP", 0, List.of()))))));
        Map<String, Object> journeyInput = new HashMap<>((Map<String, Object>) document.get("journey"));
        journeyInput.put("personaId", persona);
        document.put("journey", journeyInput);
        Map<String, Object> journey = Journeys.ok(GraphQL.call(editor, IMPORT, Map.of("d", document)), "importJourney");

        Map<String, Object> saved = Journeys.ok(GraphQL.call(editor, """
                mutation($id: ID!) { saveJourneyAsTemplate(journeyId: $id, name: "Onboarding, our way") {
                  id own name industry persona { name } personaId stageNames touchpointCount } }""",
                Map.of("id", journey.get("id"))), "saveJourneyAsTemplate");
        assertThat(saved).containsEntry("own", true).containsEntry("name", "Onboarding, our way")
                .containsEntry("industry", null).containsEntry("persona", null).containsEntry("personaId", persona)
                .containsEntry("stageNames", List.of("Sign up", "First use")).containsEntry("touchpointCount", 2);
        GraphQL.call(editor, "mutation($id: ID!) { addStage(journeyId: $id, name: \"Later\") { id } }",
                Map.of("id", journey.get("id")));
        assertThat(templates("fr")).as("listed after the gallery, as saved")
                .last().satisfies(t -> assertThat(t).containsEntry("id", saved.get("id"))
                        .containsEntry("stageNames", List.of("Sign up", "First use")));

        Map<String, Object> made = Journeys.ok(GraphQL.call(editor, FROM_TEMPLATE, Map.of("id", saved.get("id"))),
                "createJourneyFromTemplate");
        assertThat(made).containsEntry("name", "Onboarding, our way").containsEntry("personaId", persona)
                .containsEntry("mapType", "FUTURE_STATE");
        assertThat(Journeys.stages(made)).extracting(s -> s.get("name")).containsExactly("Sign up", "First use");
        assertThat(Journeys.touchpoints(Journeys.stages(made).get(0)).get(0)).containsEntry("name", "Form")
                .containsEntry("painPoints", List.of("Too long")).containsEntry("emotion", 1)
                .containsEntry("customerThought", "Thinking about Form");

        String stranger = Tokens.of("documents-" + UUID.randomUUID(), "editor");
        assertThat(GraphQL.call(stranger, FROM_TEMPLATE, Map.of("id", saved.get("id"))).getString("errors[0].extensions.code"))
                .isEqualTo("NOT_FOUND");
        assertThat(GraphQL.call(stranger, TEMPLATES, Map.of("locale", "en")).getList("data.journeyTemplates.id"))
                .doesNotContain(saved.get("id"));
        assertThat(GraphQL.call(viewer, "mutation($id: ID!) { saveJourneyAsTemplate(journeyId: $id) { id } }",
                Map.of("id", journey.get("id"))).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        String delete = "mutation($id: ID!) { deleteJourneyTemplate(id: $id) }";
        assertThat(GraphQL.call(stranger, delete, Map.of("id", saved.get("id"))).getBoolean("data.deleteJourneyTemplate"))
                .isFalse();
        assertThat(GraphQL.call(editor, delete, Map.of("id", saved.get("id"))).getBoolean("data.deleteJourneyTemplate"))
                .isTrue();
        assertThat(templates("en")).extracting(t -> t.get("own")).containsOnly(false);
    }

    private List<Map<String, Object>> templates(String locale) {
        JsonPath body = GraphQL.call(viewer, TEMPLATES, Map.of("locale", locale));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body.getList("data.journeyTemplates");
    }

    private static void assertRefused(JsonPath body, String message) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains(message);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static Map<String, Object> document(String name, List<Map<String, Object>> stages) {
        return Map.of("journey", Map.of("name", name, "description", "Moved from elsewhere", "mapType", "FUTURE_STATE"),
                "stages", stages);
    }

    private static Map<String, Object> stage(String name, List<Map<String, Object>> touchpoints) {
        return Map.of("name", name, "touchpoints", touchpoints);
    }

    private static Map<String, Object> touchpoint(String name, String channel, int emotion, List<String> painPoints) {
        Map<String, Object> touchpoint = new HashMap<>(Journeys.touchpoint(name));
        touchpoint.put("channel", channel);
        touchpoint.put("emotion", emotion);
        touchpoint.put("painPoints", painPoints);
        touchpoint.put("customerThought", "Thinking about " + name);
        touchpoint.put("interaction", "INDIRECT");
        return touchpoint;
    }
}
