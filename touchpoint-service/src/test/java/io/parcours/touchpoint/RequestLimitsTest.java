package io.parcours.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.LimitChecks;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** No single request can hold the service: the limits refuse before execution, naming themselves. */
@QuarkusTest
class RequestLimitsTest {

    private final String viewer = Tokens.of("limits-" + UUID.randomUUID(), "viewer");

    @Test
    void standardIntrospectionIsAnswered() {
        assertThat(LimitChecks.assertIntrospectionAnswered(viewer).getList("data.__schema.types.name"))
                .contains("Journey", "Touchpoint", "TouchpointInput");
    }

    @Test
    void fragmentFanOutAndTypenameFloodsAreRefusedWhileOthersAnswer() {
        LimitChecks.assertFanOutRefusedWhileOthersAnswer(viewer, "{ journeys { totalCount } }");
    }

    @Test
    void twoThousandAliasesAreRefusedWithinAFractionOfASecond() {
        LimitChecks.assertAliasFloodRefusedWhileOthersAnswer(viewer, "journeys { totalCount }",
                "{ journeys { totalCount } }", 500);
    }

    @Test
    void tooManyInteractionsInOneBatchAreRefusedBeforeExecution() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            events.add(Map.of("eventId", "e" + i, "customerRef", "c", "touchpointId", "t",
                    "occurredAt", "2026-01-01T00:00:00Z"));
        }
        var body = GraphQL.call(Tokens.of("limits-" + UUID.randomUUID(), "collector"),
                "mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) { accepted } }", Map.of("e", events));
        LimitChecks.assertLimit(body, "maxListItems");
        assertThat(body.getString("errors[0].message")).contains("$e has 1001 items");
    }
}
