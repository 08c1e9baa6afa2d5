package io.parcours.feedback.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

import org.bson.Document;

/** Folds the (rule, place, state) counts of the alerts into one group per rule and place. */
final class AlertGroups {

    private AlertGroups() {
    }

    static List<AlertGroup> fold(List<Document> rows, int limit) {
        Map<AlertGroup.Key, List<Document>> byPlace = new LinkedHashMap<>();
        for (Document row : rows) {
            Document id = row.get("_id", Document.class);
            byPlace.computeIfAbsent(new AlertGroup.Key(id.getString("ruleId"), id.getString("journeyId"),
                    id.getString("stageId"), id.getString("touchpointId")), key -> new ArrayList<>()).add(row);
        }
        return byPlace.entrySet().stream().map(AlertGroups::group)
                .sorted(Comparator.comparing(AlertGroup::latestRaisedAt).reversed().thenComparing(AlertGroup::key))
                .limit(limit).toList();
    }

    private static AlertGroup group(Entry<AlertGroup.Key, List<Document>> place) {
        Map<AlertState, Integer> counts = new EnumMap<>(AlertState.class);
        Document latest = null;
        for (Document row : place.getValue()) {
            counts.merge(AlertState.valueOf(row.get("_id", Document.class).getString("state")),
                    ((Number) row.get("count")).intValue(), Integer::sum);
            if (latest == null || raisedAt(row).isAfter(raisedAt(latest))) {
                latest = row;
            }
        }
        return AlertGroup.of(place.getKey(), latest.getString("ruleName"), AlertKind.valueOf(latest.getString("kind")),
                counts.getOrDefault(AlertState.OPEN, 0), counts.getOrDefault(AlertState.ACKNOWLEDGED, 0),
                counts.getOrDefault(AlertState.CLOSED, 0), raisedAt(latest));
    }

    private static Instant raisedAt(Document row) {
        return row.get("latest", Date.class).toInstant();
    }
}
