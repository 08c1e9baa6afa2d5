package io.parcours.feedback.alert;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The alerts one rule raised about one place, counted by state: a row of the grouped inbox. */
@Name("AlertGroup")
@Description("The alerts one rule raised about one place (a touchpoint, a stage, a journey or the workspace), "
        + "counted by state. Its key names it for acknowledgeAlertGroups and closeAlertGroups.")
public record AlertGroup(
        @NonNull @Description("Names the group: rule and place, exactly (alerts of the same rule elsewhere are not in it).")
        String key,
        @NonNull @Id @Description("The rule that raised them.") String ruleId,
        @NonNull @Description("The rule's name when it raised them.") String ruleName,
        @NonNull @Description("What fired.") AlertKind kind,
        @Id @Description("The journey they concern.") String journeyId,
        @Id @Description("The stage they concern.") String stageId,
        @Id @Description("The touchpoint they concern.") String touchpointId,
        @Description("How many are OPEN.") int open,
        @Description("How many are ACKNOWLEDGED.") int acknowledged,
        @Description("How many are CLOSED.") int closed,
        @Description("How many alerts the group holds, in any state.") int total,
        @NonNull @Description("When the latest was raised.") Instant latestRaisedAt) {

    static AlertGroup of(Key key, String ruleName, AlertKind kind, int open, int acknowledged, int closed,
            Instant latestRaisedAt) {
        return new AlertGroup(key.text(), key.ruleId(), ruleName, kind, key.journeyId(), key.stageId(),
                key.touchpointId(), open, acknowledged, closed, open + acknowledged + closed, latestRaisedAt);
    }

    /** A group's key: rule, journey, stage and touchpoint ids joined by colons, empty where there is none. */
    public record Key(String ruleId, String journeyId, String stageId, String touchpointId) {

        private static final Pattern SHAPE = Pattern.compile("[0-9a-fA-F-]{1,64}(:[0-9a-fA-F-]{0,64}){3}");

        String text() {
            return String.join(":", ruleId, orEmpty(journeyId), orEmpty(stageId), orEmpty(touchpointId));
        }

        /** The key a text names; empty when it is not a key's shape. */
        public static Optional<Key> parse(String text) {
            if (text == null || !SHAPE.matcher(text).matches()) {
                return Optional.empty();
            }
            String[] parts = Arrays.stream(text.split(":", -1)).map(part -> part.isEmpty() ? null : part)
                    .toArray(String[]::new);
            return Optional.of(new Key(parts[0], parts[1], parts[2], parts[3]));
        }

        private static String orEmpty(String id) {
            return id == null ? "" : id;
        }
    }
}
