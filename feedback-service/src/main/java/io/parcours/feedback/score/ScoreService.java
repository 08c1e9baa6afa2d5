package io.parcours.feedback.score;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** NPS, CSAT and CES scores of responses: summaries, trends, and batches for the gateway. */
@ApplicationScoped
public class ScoreService {

    public static final int MAX_BATCH_IDS = 1000;

    private final ScoreStore store;
    private final Caller caller;

    public ScoreService(ScoreStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    public Uni<FeedbackSummary> summary(FeedbackFilter filter) {
        FeedbackFilter given = filter == null ? new FeedbackFilter() : filter;
        return checkRange(given).chain(() -> caller.workspaceToRead())
                .chain(workspace -> store.tally(ScoreStore.match(workspace, given), ScoreStore.ALL))
                .map(tallies -> FeedbackSummary.of(tallies.get(String.valueOf(ScoreStore.ALL))));
    }

    /** Buckets that hold responses, oldest first. Days are grouped in the database, weeks and months here. */
    public Uni<List<TrendPoint>> trend(FeedbackFilter filter, TrendBucket bucket) {
        FeedbackFilter given = filter == null ? new FeedbackFilter() : filter;
        return checkRange(given).chain(() -> caller.workspaceToRead())
                .chain(workspace -> store.tally(ScoreStore.match(workspace, given), ScoreStore.DAY))
                .map(days -> {
                    Map<LocalDate, Tally> buckets = new TreeMap<>();
                    days.forEach((day, tally) -> buckets.computeIfAbsent(start(LocalDate.parse(day), bucket), d -> new Tally())
                            .add(tally));
                    return buckets.entrySet().stream()
                            .map(e -> new TrendPoint(e.getKey(), FeedbackSummary.of(e.getValue()))).toList();
                });
    }

    /**
     * One summary per id of the given link ("touchpointId", "stageId"), in argument order; an empty summary
     * where there are no responses. One aggregation for all ids.
     */
    public Uni<List<FeedbackSummary>> byLink(String link, List<String> ids, FeedbackFilter range) {
        if (ids.size() > MAX_BATCH_IDS) {
            return Uni.createFrom().failure(ValidationException.of("ids", "must hold at most " + MAX_BATCH_IDS + " ids"));
        }
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return checkRange(range).chain(() -> caller.workspaceToRead())
                .chain(workspace -> store.tally(ScoreStore.matchAny(workspace, link, ids, range), "$" + link))
                .map(tallies -> ids.stream().map(id -> FeedbackSummary.of(tallies.get(id.toLowerCase()))).toList());
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
