package io.parcours.feedback.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Updates;

import io.parcours.common.error.ConflictException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.parcours.common.paging.PageRequest;
import io.parcours.common.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reading alerts (viewer+) and their follow-up: acknowledge, assign, annotate, close (editor, admin). */
@ApplicationScoped
public class AlertService {

    public static final int MAX_ASSIGNEE = 200;
    public static final int MAX_NOTE = 2_000;
    /** Groups listed or moved at once. */
    public static final int MAX_GROUPS = 200;

    private final AlertStore store;
    private final Caller caller;

    public AlertService(AlertStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    public Uni<Alert> find(String id) {
        return caller.workspaceToRead().chain(workspace -> store.find(workspace, id));
    }

    public Uni<AlertPage> list(AlertFilter filter, Integer first, String after) {
        AlertFilter given = filter == null ? new AlertFilter() : filter;
        return PageRequest.of(first, after).chain(page -> caller.workspaceToRead()
                .chain(workspace -> store.page(workspace, given, page.after(), page.size() + 1)
                        .chain(rows -> store.count(workspace, given).map(total -> new AlertPage(
                                rows.subList(0, Math.min(page.size(), rows.size())), rows.size() > page.size(), total)))));
    }

    /** OPEN → ACKNOWLEDGED, optionally assigned and annotated. */
    public Uni<Alert> acknowledge(String id, String assignee, String note) {
        return move(id, Set.of(AlertState.OPEN), AlertState.ACKNOWLEDGED, "acknowledged", assignee, note, "acknowledgedAt");
    }

    /** OPEN or ACKNOWLEDGED → CLOSED. */
    public Uni<Alert> close(String id, String note) {
        return move(id, Set.of(AlertState.OPEN, AlertState.ACKNOWLEDGED), AlertState.CLOSED, "closed", null, note, "closedAt");
    }

    /** Changes the assignee and/or the note of an alert that is not CLOSED. */
    public Uni<Alert> edit(String id, String assignee, String note) {
        if (assignee == null && note == null) {
            return Uni.createFrom().failure(ValidationException.of("assignee", "or note must be given"));
        }
        return move(id, Set.of(AlertState.OPEN, AlertState.ACKNOWLEDGED), null, "edited", assignee, note, null);
    }

    /** Every OPEN alert of the groups → ACKNOWLEDGED, optionally assigned and annotated; how many moved. */
    public Uni<Integer> acknowledgeGroups(List<String> groups, String assignee, String note) {
        return moveGroups(groups, Set.of(AlertState.OPEN), AlertState.ACKNOWLEDGED, assignee, note, "acknowledgedAt");
    }

    /** Every OPEN or ACKNOWLEDGED alert of the groups → CLOSED; how many moved. */
    public Uni<Integer> closeGroups(List<String> groups, String note) {
        return moveGroups(groups, Set.of(AlertState.OPEN, AlertState.ACKNOWLEDGED), AlertState.CLOSED, null, note,
                "closedAt");
    }

    /** The alerts matching the filter grouped by rule and place, the latest raised first, at most MAX_GROUPS. */
    public Uni<List<AlertGroup>> groups(AlertFilter filter) {
        return caller.workspaceToRead().chain(workspace -> store.groups(workspace,
                filter == null ? new AlertFilter() : filter, MAX_GROUPS));
    }

    private Uni<Integer> moveGroups(List<String> groups, Set<AlertState> from, AlertState to, String assignee,
            String note, String stamp) {
        List<Violation> violations = followUpViolations(assignee, note);
        List<AlertGroup.Key> keys = new ArrayList<>();
        if (groups.isEmpty() || groups.size() > MAX_GROUPS) {
            violations.add(new Violation("groups", "must hold 1–" + MAX_GROUPS + " group keys"));
        }
        for (int i = 0; i < groups.size() && i < MAX_GROUPS; i++) {
            int at = i;
            AlertGroup.Key.parse(groups.get(i)).ifPresentOrElse(keys::add, () -> violations.add(new Violation(
                    "groups[" + at + "]", "must be an AlertGroup's key (rule:journey:stage:touchpoint ids)")));
        }
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new ValidationException(violations));
        }
        return caller.workspaceToWrite().chain(workspace -> store.updateGroups(workspace, keys, from,
                changes(to, stamp, assignee, note))).map(Long::intValue);
    }

    private Uni<Alert> move(String id, Set<AlertState> from, AlertState to, String verb, String assignee, String note,
            String stamp) {
        List<Violation> violations = followUpViolations(assignee, note);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new ValidationException(violations));
        }
        return caller.workspaceToWrite().chain(workspace -> store.update(workspace, id, from,
                        changes(to, stamp, assignee, note))
                .onItem().ifNull().switchTo(() -> store.find(workspace, id).chain(found -> Uni.createFrom().failure(
                        found == null ? new NotFoundException("No alert with id " + id)
                                : new ConflictException("The alert is " + found.state() + " and cannot be " + verb
                                        + "; only " + String.join(" or ", from.stream().map(Enum::name).sorted().toList())
                                        + " alerts can")))));
    }

    private static List<Violation> followUpViolations(String assignee, String note) {
        List<Violation> violations = new ArrayList<>();
        if (assignee != null && (assignee.isBlank() || assignee.length() > MAX_ASSIGNEE)) {
            violations.add(new Violation("assignee", "must be 1–" + MAX_ASSIGNEE + " characters, not blank"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            violations.add(new Violation("note", "must be at most " + MAX_NOTE + " characters"));
        }
        return violations;
    }

    /** The update: the new state and its time (none for an edit), the assignee and the note where given. */
    private static Bson changes(AlertState to, String stamp, String assignee, String note) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("updatedAt", now)));
        if (to != null) {
            changes.add(Updates.set("state", to.name()));
            changes.add(Updates.set(stamp, now));
        }
        if (assignee != null) {
            changes.add(Updates.set("assignee", assignee));
        }
        if (note != null) {
            changes.add(Updates.set("note", note));
        }
        return Updates.combine(changes);
    }
}
