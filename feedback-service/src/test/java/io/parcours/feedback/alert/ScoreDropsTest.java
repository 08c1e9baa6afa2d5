package io.parcours.feedback.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.score.SubjectScores.Measured;

class ScoreDropsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant FROM = Instant.parse("2026-11-27T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-04T00:00:00Z");

    @Test
    void aDropOfAtLeastTheMinimumWithEnoughAnswersOnBothSidesFires() {
        AlertRule rule = rule(ScoreMetric.CSAT, 20.0, 10, null);
        Map<String, Measured> window = Map.of("touchpointId|t1", csat("t1", 10, 50.0));
        Map<String, Measured> baseline = Map.of("touchpointId|t1", csat("t1", 40, 70.0));

        List<Alert> raised = ScoreDrops.drops(rule, window, baseline, FROM, TO, NOW);
        assertThat(raised).hasSize(1);
        Alert alert = raised.get(0);
        assertThat(alert.touchpointId()).isEqualTo("t1");
        assertThat(alert.value()).isEqualTo(50.0);
        assertThat(alert.baseline()).isEqualTo(70.0);
        assertThat(alert.windowResponses()).isEqualTo(10);
        assertThat(alert.baselineResponses()).isEqualTo(40);
        assertThat(alert.windowTo()).isEqualTo(TO);
        assertThat(ScoreDrops.drops(rule, window, baseline, FROM, TO, NOW.plusSeconds(3600)).get(0).id())
                .as("evaluated again in the same window: the same alert").isEqualTo(alert.id());
    }

    @Test
    void tooSmallADropOrTooFewAnswersDoesNotFire() {
        Map<String, Measured> baseline = Map.of("touchpointId|t1", csat("t1", 40, 70.0));
        assertThat(ScoreDrops.drops(rule(ScoreMetric.CSAT, 20.1, 10, null), Map.of("touchpointId|t1", csat("t1", 10, 50.0)),
                baseline, FROM, TO, NOW)).as("a drop of 20 under a minimum of 20.1").isEmpty();
        assertThat(ScoreDrops.drops(rule(ScoreMetric.CSAT, 20.0, 10, null), Map.of("touchpointId|t1", csat("t1", 9, 0.0)),
                baseline, FROM, TO, NOW)).as("9 answers in the window").isEmpty();
        assertThat(ScoreDrops.drops(rule(ScoreMetric.CSAT, 20.0, 41, null), Map.of("touchpointId|t1", csat("t1", 50, 0.0)),
                baseline, FROM, TO, NOW)).as("40 answers before the window").isEmpty();
        assertThat(ScoreDrops.drops(rule(ScoreMetric.NPS, 1.0, 1, null), Map.of("touchpointId|t1", csat("t1", 10, 0.0)),
                baseline, FROM, TO, NOW)).as("no NPS answers").isEmpty();
    }

    @Test
    void aTouchpointRuleWatchesItsTouchpointNotItsStage() {
        AlertRule rule = rule(ScoreMetric.CSAT, 5.0, 1, "t1");
        Map<String, Measured> window = Map.of("touchpointId|t1", csat("t1", 10, 50.0), "stageId|s1", stage(10, 50.0));
        Map<String, Measured> baseline = Map.of("touchpointId|t1", csat("t1", 10, 90.0), "stageId|s1", stage(10, 90.0));
        assertThat(ScoreDrops.drops(rule, window, baseline, FROM, TO, NOW)).extracting(Alert::touchpointId)
                .containsExactly("t1");
        assertThat(ScoreDrops.drops(rule(ScoreMetric.CSAT, 5.0, 1, null), window, baseline, FROM, TO, NOW)).hasSize(2);
    }

    private static AlertRule rule(ScoreMetric metric, double minimumDrop, int minimumResponses, String touchpointId) {
        return new AlertRule("rule", "w", "drop", AlertKind.SCORE_DROP, null, null, touchpointId, metric, 7, minimumDrop,
                minimumResponses, true, 1, NOW, NOW);
    }

    private static Measured csat(String touchpoint, long answers, double percent) {
        return new Measured("touchpointId", touchpoint, "j1", "s1", touchpoint, 0, null, answers, percent);
    }

    private static Measured stage(long answers, double percent) {
        return new Measured("stageId", "s1", "j1", "s1", null, 0, null, answers, percent);
    }
}
