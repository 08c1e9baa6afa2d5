package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.validation.InputValidator;
import io.parcours.feedback.alert.AlertFilter;
import io.parcours.feedback.alert.AlertGroup;
import io.parcours.feedback.alert.AlertRuleService;
import io.parcours.feedback.alert.AlertService;
import io.smallrye.mutiny.Uni;

/** Alert rules and alerts: thin mapping to {@link AlertRuleService} and {@link AlertService}. */
@GraphQLApi
public class AlertApi {

    private final AlertRuleService rules;
    private final AlertService alerts;
    private final InputValidator validator;

    public AlertApi(AlertRuleService rules, AlertService alerts, InputValidator validator) {
        this.rules = rules;
        this.alerts = alerts;
        this.validator = validator;
    }

    @Query("alertRules")
    @Description("The alert rules of the caller's workspace, oldest first (at most 100). "
            + "Role viewer or above.")
    public Uni<@NonNull List<@NonNull AlertRuleView>> alertRules() {
        return rules.list().map(list -> list.stream().map(AlertRuleView::of).toList());
    }

    @Mutation("createAlertRule")
    @Description("Creates an alert rule (role editor or admin). Responses stored from then on are checked against it; "
            + "SCORE_DROP rules are evaluated every minute.")
    public Uni<@NonNull AlertRuleView> createAlertRule(@NonNull AlertRuleInput input) {
        return rules.create(validator.checked("input", input, AlertRuleInput::details)).map(AlertRuleView::of);
    }

    @Mutation("updateAlertRule")
    @Description("Replaces the rule if it is still at expectedRevision (otherwise CONFLICT). Alerts it raised stay. "
            + "Role editor or admin.")
    public Uni<@NonNull AlertRuleView> updateAlertRule(@NonNull @Id String id, @NonNull AlertRuleInput input,
            int expectedRevision) {
        return rules.update(id, validator.checked("input", input, AlertRuleInput::details), expectedRevision)
                .map(AlertRuleView::of);
    }

    @Mutation("deleteAlertRule")
    @Description("Deletes the rule (role editor or admin); the alerts it raised stay. True when deleted.")
    public Uni<@NonNull Boolean> deleteAlertRule(@NonNull @Id String id) {
        return rules.delete(id);
    }

    @Query("alert")
    @Description("An alert of the caller's workspace; null when unknown. "
            + "Role viewer or above.")
    public Uni<AlertView> alert(@NonNull @Id String id) {
        return alerts.find(id).map(AlertView::of);
    }

    @Query("alerts")
    @Description("Alerts of the caller's workspace, newest first, filtered and paged. "
            + "Role viewer or above.")
    public Uni<@NonNull AlertConnection> alerts(@Description("Which alerts.") AlertFilter filter,
            @DefaultValue("20") @Description("Page size, 1–100.") Integer first,
            @Description("Cursor of the edge to continue after.") String after) {
        return alerts.list(filter, first, after).map(AlertConnection::of);
    }

    @Mutation("acknowledgeAlert")
    @Description("OPEN → ACKNOWLEDGED (role editor or admin), optionally assigning it and writing a note. Any other "
            + "state is a CONFLICT.")
    public Uni<@NonNull AlertView> acknowledgeAlert(@NonNull @Id String id,
            @Description("Who follows it up, 1–200 characters.") String assignee,
            @Description("A note, up to 2,000 characters.") String note) {
        return alerts.acknowledge(id, assignee, note).map(AlertView::of);
    }

    @Mutation("closeAlert")
    @Description("OPEN or ACKNOWLEDGED → CLOSED (role editor or admin), optionally with a closing note. A CLOSED alert "
            + "is a CONFLICT.")
    public Uni<@NonNull AlertView> closeAlert(@NonNull @Id String id,
            @Description("A note, up to 2,000 characters.") String note) {
        return alerts.close(id, note).map(AlertView::of);
    }

    @Mutation("updateAlert")
    @Description("Changes the assignee and/or the note of an alert that is not CLOSED (role editor or admin).")
    public Uni<@NonNull AlertView> updateAlert(@NonNull @Id String id,
            @Description("Who follows it up, 1–200 characters.") String assignee,
            @Description("A note, up to 2,000 characters.") String note) {
        return alerts.edit(id, assignee, note).map(AlertView::of);
    }

    @Query("alertGroups")
    @Description("The alerts matching the filter grouped by rule and place, counted by state, the latest raised "
            + "first; at most 200 groups. Role viewer or above.")
    public Uni<@NonNull List<@NonNull AlertGroup>> alertGroups(@Description("Which alerts.") AlertFilter filter) {
        return alerts.groups(filter);
    }

    @Mutation("acknowledgeAlertGroups")
    @Description("Every OPEN alert of the groups (1–200 AlertGroup keys) → ACKNOWLEDGED, optionally assigned and "
            + "annotated; the number acknowledged. Role editor or admin.")
    public Uni<@NonNull Integer> acknowledgeAlertGroups(@NonNull List<@NonNull String> groups,
            @Description("Who follows them up, 1–200 characters.") String assignee,
            @Description("A note, up to 2,000 characters.") String note) {
        return alerts.acknowledgeGroups(groups, assignee, note);
    }

    @Mutation("closeAlertGroups")
    @Description("Every OPEN or ACKNOWLEDGED alert of the groups (1–200 AlertGroup keys) → CLOSED, optionally with a "
            + "closing note; the number closed. Role editor or admin.")
    public Uni<@NonNull Integer> closeAlertGroups(@NonNull List<@NonNull String> groups,
            @Description("A note, up to 2,000 characters.") String note) {
        return alerts.closeGroups(groups, note);
    }
}
