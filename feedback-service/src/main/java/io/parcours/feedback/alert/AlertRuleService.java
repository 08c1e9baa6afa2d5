package io.parcours.feedback.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.parcours.common.error.ConflictException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.parcours.common.validation.CheckedInput;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Alert rules: editors and admins manage them, every reader sees them. */
@ApplicationScoped
public class AlertRuleService {

    /** Most rules one workspace holds: every response is checked against all of them. */
    public static final int MAX_RULES = 100;

    private final AlertRuleStore store;
    private final Caller caller;

    public AlertRuleService(AlertRuleStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    public Uni<List<AlertRule>> list() {
        return caller.workspaceToRead().chain(store::ofWorkspace);
    }

    public Uni<AlertRule> create(CheckedInput<AlertRuleDetails> input) {
        return caller.workspaceToWrite().chain(workspace -> input.value().chain(details -> details.checked("input"))
                .call(details -> store.count(workspace).chain(count -> count < MAX_RULES ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ValidationException.of("input",
                                "the workspace already has " + MAX_RULES + " alert rules, the most it may hold"))))
                .chain(details -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    AlertRule rule = details.asRule(UUID.randomUUID().toString(), workspace, 1, now, now);
                    return store.insert(rule).replaceWith(rule);
                }));
    }

    public Uni<AlertRule> update(String id, CheckedInput<AlertRuleDetails> input, int expectedRevision) {
        return caller.workspaceToWrite().chain(workspace -> input.value().chain(details -> details.checked("input"))
                .chain(details -> existing(workspace, id).chain(rule -> store.replace(
                        rule.edited(details, Instant.now().truncatedTo(ChronoUnit.MILLIS)), expectedRevision)
                        .onItem().ifNull().failWith(() -> new ConflictException("Alert rule " + id + " is at revision "
                                + rule.revision() + ", not " + expectedRevision + ": read it again")))));
    }

    /** Deletes the rule; the alerts it raised stay. */
    public Uni<Boolean> delete(String id) {
        return caller.workspaceToWrite().chain(workspace -> store.delete(workspace, id))
                .chain(deleted -> deleted ? Uni.createFrom().item(true)
                        : Uni.createFrom().failure(new NotFoundException("No alert rule with id " + id)));
    }

    private Uni<AlertRule> existing(String workspace, String id) {
        return store.find(workspace, id).onItem().ifNull().failWith(() -> new NotFoundException("No alert rule with id " + id));
    }
}
