package io.parcours.feedback;

import static io.parcours.testing.BadValues.FOR_ID;
import static io.parcours.testing.BadValues.FOR_INT;
import static io.parcours.testing.BadValues.FOR_STRING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.BadValues;
import io.parcours.testing.BadValues.Slot;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every wrong type or out-of-range value is refused before execution, naming the argument; nothing is stored. A
 * score of 4.5 or 4294967300 was once stored as 4.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadValueTest {

    private final String workspace = "bad-values-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String collector = Tokens.of(workspace, "collector");
    private static final String SURVEY = "SURVEY_ID";
    private Object surveyId;

    /** An active survey, made on first use (the application is not up yet when the class starts). */
    private String surveyId() {
        if (surveyId == null) {
            surveyId = Surveys.active(editor, Surveys.input("Refusals")).get("id");
        }
        return String.valueOf(surveyId);
    }

    static List<BadValues.Case> corpus() {
        String submit = "mutation { submitResponse(input: {surveyId: \"" + SURVEY + "\", clientResponseId: \"c\", "
                + "channel: MOBILE_APP, answers: [{questionId: \"nps\", score: %s}]}) { status } }";
        return BadValues.cases(List.of(
                Slot.topLevel("{ surveys(first: %s) { totalCount } }", "first",
                        "query($v: Int) { surveys(first: $v) { totalCount } }", FOR_INT),
                Slot.topLevel("{ survey(id: \"" + SURVEY + "\", version: %s) { version } }", "version",
                        "query($v: Int) { survey(id: \"" + SURVEY + "\", version: $v) { version } }", FOR_INT),
                Slot.topLevel("{ survey(id: %s) { id } }", "id", "query($v: ID!) { survey(id: $v) { id } }", FOR_ID),
                Slot.nested(submit, "input.answers[0].score", Surveys.SUBMIT.replace("$input", "$in"),
                        "$in.answers[0].score", value -> {
                            Map<String, Object> response = new HashMap<>(Surveys.response(SURVEY, "c-var"));
                            response.put("answers", List.of(Map.of("questionId", "nps", "score", value)));
                            return response;
                        }, FOR_INT),
                Slot.nested("mutation { createSurvey(input: {title: %s, questions: [{id: \"q\", type: NPS, "
                        + "labels: [{locale: \"en\", text: \"Q\"}]}]}) { id } }", "input.title",
                        Surveys.CREATE.replace("$input", "$in"), "$in.title", value -> {
                            Map<String, Object> input = new HashMap<>(Surveys.input("t"));
                            input.put("title", value);
                            return input;
                        }, FOR_STRING)));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedBeforeExecution(BadValues.Case badCase) {
        String token = badCase.document().contains("submitResponse") ? collector : editor;
        String document = badCase.document().replace(SURVEY, surveyId());
        BadValues.assertRefused(GraphQL.call(token, document, badCase.variables()), badCase);
    }

    @Test
    @Order(2)
    void nothingWasStored() {
        surveyId();
        assertThat(Surveys.count(editor, Map.of())).isZero();
        assertThat(GraphQL.call(editor, "{ surveys { totalCount } }").getInt("data.surveys.totalCount")).isOne();
    }
}
