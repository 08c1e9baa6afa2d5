package io.parcours.feedback.score;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.conversions.Bson;

import io.parcours.common.Ids;
import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * NPS, CSAT and CES scores of responses: summaries, trends, and batches for the gateway. Whole UTC days come
 * from the daily tallies, the partial days at the edges of a range from the responses (see {@link DayRange}).
 */
@ApplicationScoped
public class ScoreService {

    private final ScoreStore responses;
    private final DailyTallies days;
    private final Caller caller;

    public ScoreService(ScoreStore responses, DailyTallies days, Caller caller) {
        this.responses = responses;
        this.days = days;
        this.caller = caller;
    }

    public Uni<FeedbackSummary> summary(FeedbackFilter filter) {
        FeedbackFilter given = filter == null ? new FeedbackFilter() : filter;
        return checkRange(given).chain(() -> caller.workspaceToRead())
                .chain(workspace -> tally(workspace, given, null, null, false))
                .map(tallies -> FeedbackSummary.of(tallies.get(String.valueOf(ScoreStore.ALL))));
    }

    /** Buckets that hold responses, oldest first. Days are grouped in the database, weeks and months here. */
    public Uni<List<TrendPoint>> trend(FeedbackFilter filter, TrendBucket bucket) {
        FeedbackFilter given = filter == null ? new FeedbackFilter() : filter;
        return checkRange(given).chain(() -> caller.workspaceToRead())
                .chain(workspace -> tally(workspace, given, null, null, true))
                .map(byDay -> {
                    Map<LocalDate, Tally> buckets = new TreeMap<>();
                    byDay.forEach((day, tally) -> buckets.computeIfAbsent(start(LocalDate.parse(day), bucket), d -> new Tally())
                            .add(tally));
                    return buckets.entrySet().stream()
                            .filter(e -> e.getValue().responses > 0)
                            .map(e -> new TrendPoint(e.getKey(), FeedbackSummary.of(e.getValue()))).toList();
                });
    }

    /**
     * One summary per id of the given link ("touchpointId", "stageId"), in argument order; an empty summary
     * where there are no responses. All time, a journey's, stage's or touchpoint's totals are one lookup by _id;
     * otherwise one aggregation per source for all ids.
     */
    public Uni<List<FeedbackSummary>> byLink(String link, List<String> ids, FeedbackFilter range) {
        boolean totalsKept = range.from == null && range.to == null && SubjectKey.LINKS.contains(link);
        return Ids.checkBatch(ids).chain(() -> checkRange(range)).chain(() -> caller.workspaceToRead())
                .chain(workspace -> ids.isEmpty() ? Uni.createFrom().item(Map.<String, Tally>of())
                        : totalsKept ? days.totals(workspace, link, ids)
                        : tally(workspace, range, link, ids, false))
                .map(tallies -> ids.stream().map(id -> FeedbackSummary.of(tallies.get(id.toLowerCase()))).toList());
    }

    /**
     * All-time scores of these journeys, stages or touchpoints ({@code link}) of a workspace, keyed by lower-case id
     * (absent: no responses), for the live feed: no caller, one lookup by _id.
     */
    public Uni<Map<String, FeedbackSummary>> allTime(String workspaceId, String link, List<String> ids) {
        return days.totals(workspaceId, link, ids).map(tallies -> {
            Map<String, FeedbackSummary> summaries = new LinkedHashMap<>();
            tallies.forEach((id, tally) -> summaries.put(id, FeedbackSummary.of(tally)));
            return summaries;
        });
    }

    /** Tallies grouped by nothing, by {@code link} (restricted to {@code ids}) or by day; parts merged by key. */
    private Uni<Map<String, Tally>> tally(String workspace, FeedbackFilter filter, String link, List<String> ids,
            boolean byDay) {
        DayRange range = DayRange.of(filter.from == null ? null : filter.from.toInstant(),
                filter.to == null ? null : filter.to.toInstant());
        List<Uni<Map<String, Tally>>> parts = new ArrayList<>();
        if (range.wholeDays()) {
            Bson match = restrict(ScoreStore.match(workspace, filter, "day", range.wholeFrom(), range.wholeTo()), link, ids);
            parts.add(days.tally(match, byDay ? ScoreStore.dayOf("$day") : key(link)));
        }
        for (Instant[] edge : range.edges()) {
            Bson match = restrict(ScoreStore.match(workspace, filter, "submittedAt", edge[0], edge[1]), link, ids);
            parts.add(responses.tally(match, byDay ? ScoreStore.DAY : key(link)));
        }
        return Uni.join().all(parts).andFailFast().map(maps -> {
            Map<String, Tally> merged = new LinkedHashMap<>();
            maps.forEach(map -> map.forEach((key, tally) -> merged.computeIfAbsent(key, k -> new Tally()).add(tally)));
            return merged;
        });
    }

    private static Object key(String link) {
        return link == null ? ScoreStore.ALL : "$" + link;
    }

    private static Bson restrict(Bson match, String link, List<String> ids) {
        return link == null ? match : ScoreStore.withAny(match, link, ids);
    }

    private static LocalDate start(LocalDate day, TrendBucket bucket) {
        return switch (bucket) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static Uni<Void> checkRange(FeedbackFilter filter) {
        return filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)
                ? Uni.createFrom().failure(ValidationException.of("filter.to", "must be after from"))
                : Uni.createFrom().voidItem();
    }
}
