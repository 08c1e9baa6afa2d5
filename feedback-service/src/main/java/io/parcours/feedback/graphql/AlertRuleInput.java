package io.parcours.feedback.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.alert.AlertKind;
import io.parcours.feedback.alert.AlertRuleDetails;
import io.parcours.feedback.alert.ScoreMetric;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Name("AlertRuleInput")
@Description("A whole alert rule as the client wants it. Its scope is at most one of journeyId, stageId and "
        + "touchpointId (none: the whole workspace). metric, windowDays, minimumDrop and minimumResponses belong to "
        + "SCORE_DROP rules only.")
public class AlertRuleInput {

    @NonNull
    @NotBlank
    @Size(max = 120)
    @Description("Name shown with its alerts, 1–120 characters.")
    public String name;

    @NonNull
    @NotNull
    @Description("What makes it fire.")
    public AlertKind kind;

    @Pattern(regexp = SurveyInput.UUID, message = "must be a journey id (UUID)")
    @Description("Only responses and subjects of this journey.")
    @Id
    public String journeyId;

    @Pattern(regexp = SurveyInput.UUID, message = "must be a stage id (UUID)")
    @Description("Only responses about this stage (and, for SCORE_DROP, the stage and its touchpoints).")
    @Id
    public String stageId;

    @Pattern(regexp = SurveyInput.UUID, message = "must be a touchpoint id (UUID)")
    @Description("Only responses about this touchpoint.")
    @Id
    public String touchpointId;

    @Description("SCORE_DROP: the score watched.")
    public ScoreMetric metric;

    @Min(value = 1, message = "must be between 1 and 30")
    @Max(value = AlertRuleDetails.MAX_WINDOW_DAYS, message = "must be between 1 and 30")
    @Description("SCORE_DROP: the window, in UTC days up to today included (1–30), compared with the 30 days before it.")
    public Integer windowDays;

    @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
    @DecimalMax(value = "200", message = "must be at most 200")
    @Description("SCORE_DROP: how many points below the 30 days before the window's score must be (NPS points, or "
            + "CSAT percentage points), more than 0.")
    public Double minimumDrop;

    @Min(value = 1, message = "must be between 1 and 100000")
    @Max(value = AlertRuleDetails.MAX_MINIMUM_RESPONSES, message = "must be between 1 and 100000")
    @Description("SCORE_DROP: answers the window and the 30 days before each need at least (1–100,000; 10 when "
            + "omitted), so that one answer cannot fire it.")
    public Integer minimumResponses;

    @DefaultValue("true")
    @Description("Whether it fires; true when omitted.")
    public Boolean enabled;

    AlertRuleDetails details() {
        return new AlertRuleDetails(name, kind, journeyId, stageId, touchpointId, metric, windowDays, minimumDrop,
                minimumResponses, enabled == null || enabled);
    }
}
