package io.parcours.feedback.score;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What recountScores found: the workspace's score tallies (daily, and all-time per journey, stage and "
        + "touchpoint) compared with a count of its stored responses, and those that differed set to the count.")
public record ScoreRecount(
        @Description("Daily tallies compared: one per UTC day and combination of survey, touchpoint, stage, journey "
                + "and persona.") int daysChecked,
        @Description("Stored responses counted.") int responsesCounted,
        @Description("Daily tallies that held other counts than the responses and were set to them.") int daysCorrected,
        @NonNull @Description("The corrected daily tallies, at most 100 (daysCorrected says how many in all).")
        List<@NonNull ScoreCorrection> corrections,
        @Description("All-time totals compared: one per journey, stage and touchpoint with responses.") int totalsChecked,
        @Description("All-time totals that held other counts than the responses and were set to them.")
        int totalsCorrected) {

    @Description("One corrected daily tally: the scores it gave before and gives now.")
    public record ScoreCorrection(
            @NonNull @Description("The UTC day.") LocalDate day,
            @NonNull @Id @Description("The survey the responses answered.") String surveyId,
            @Id @Description("Its touchpoint, if any.") String touchpointId,
            @Id @Description("Its stage, if any.") String stageId,
            @Id @Description("Its journey, if any.") String journeyId,
            @Id @Description("Its persona, if any.") String personaId,
            @NonNull @Description("What the tally gave before.") FeedbackSummary before,
            @NonNull @Description("What the stored responses give, as the tally now does.") FeedbackSummary after) {
    }

    static ScoreRecount of(Collection<TallyKey> checked, long responsesCounted, List<TallyRecount.Outcome> outcomes) {
        List<TallyRecount.Outcome> corrected = outcomes.stream().filter(TallyRecount.Outcome::corrected).toList();
        List<TallyRecount.Outcome> days = corrected.stream().filter(outcome -> outcome.key() instanceof DayKey).toList();
        int daysChecked = (int) checked.stream().filter(DayKey.class::isInstance).count();
        return new ScoreRecount(daysChecked, Math.toIntExact(responsesCounted), days.size(),
                days.stream().limit(TallyRepair.LISTED).map(ScoreRecount::correction).toList(),
                checked.size() - daysChecked, corrected.size() - days.size());
    }

    private static ScoreCorrection correction(TallyRecount.Outcome outcome) {
        DayKey key = (DayKey) outcome.key();
        return new ScoreCorrection(LocalDate.ofInstant(key.day(), ZoneOffset.UTC), key.link("surveyId"),
                key.link("touchpointId"), key.link("stageId"), key.link("journeyId"), key.link("personaId"),
                FeedbackSummary.of(outcome.before()), FeedbackSummary.of(outcome.after()));
    }
}
