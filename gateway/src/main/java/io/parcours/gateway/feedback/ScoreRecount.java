package io.parcours.gateway.feedback;

import java.time.LocalDate;
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
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public int getDaysChecked() {
        return daysChecked;
    }

    public int getResponsesCounted() {
        return responsesCounted;
    }

    public int getDaysCorrected() {
        return daysCorrected;
    }

    public List<ScoreCorrection> getCorrections() {
        return corrections;
    }

    public int getTotalsChecked() {
        return totalsChecked;
    }

    public int getTotalsCorrected() {
        return totalsCorrected;
    }

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
        public LocalDate getDay() {
            return day;
        }

        public String getSurveyId() {
            return surveyId;
        }

        public String getTouchpointId() {
            return touchpointId;
        }

        public String getStageId() {
            return stageId;
        }

        public String getJourneyId() {
            return journeyId;
        }

        public String getPersonaId() {
            return personaId;
        }

        public FeedbackSummary getBefore() {
            return before;
        }

        public FeedbackSummary getAfter() {
            return after;
        }
    }
}
