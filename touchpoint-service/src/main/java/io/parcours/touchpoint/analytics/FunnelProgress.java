package io.parcours.touchpoint.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Per-customer funnel progress (funnel_progress), complete when funnel_state has the journey.
 * Ingestion only marks the customers it touched (funnel_dirty); reading a funnel brings the marked customers
 * up to date first, under the journey's advisory lock. A mark is removed in the same
 * statement that reads it, so one committed after that read stays for the next funnel: nothing is lost.
 */
final class FunnelProgress {

    /** Above this many marked customers, rebuilding the whole journey is cheaper than recomputing each. */
    static final int REBUILD_ABOVE = 5000;

    private FunnelProgress() {
    }

    /** At ingestion, in the insert's transaction: marks the customers of the new events. */
    static Uni<Void> recordNew(SqlConnection connection, RowSet<Row> inserted) {
        List<UUID> journeys = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        for (Row row : inserted) {
            journeys.add(row.getUUID("journey_id"));
            customers.add(row.getString("customer_ref"));
        }
        if (journeys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("insert into funnel_dirty (journey_id, customer_ref)"
                + " select distinct * from unnest($1::uuid[], $2::varchar[]) on conflict do nothing")
                .execute(Tuple.of(journeys.toArray(UUID[]::new), customers.toArray(String[]::new))).replaceWithVoid();
    }

    /**
     * Makes the journey's progress complete and current: rebuilt when never built (or invalidated by a change
     * of stages), otherwise the marked customers recomputed. Runs in its own transaction under the journey lock.
     */
    static Uni<Void> bringUpToDate(SqlConnection connection, UUID journey) {
        // The stage count is read under the lock: a change of stages committed meanwhile cannot slip in between.
        return lock(connection, journey)
                .chain(() -> connection.preparedQuery("select (select count(*) from stage where journey_id = $1),"
                        + " exists (select 1 from funnel_state where journey_id = $1)").execute(Tuple.of(journey)))
                .chain(rows -> {
                    Row row = rows.iterator().next();
                    int stages = row.getLong(0).intValue();
                    return row.getBoolean(1)
                            ? connection.preparedQuery("delete from funnel_dirty where journey_id = $1 returning customer_ref")
                                    .execute(Tuple.of(journey)).chain(marked -> recompute(connection, journey, stages, marked))
                            : rebuild(connection, journey, stages);
                });
    }

    private static Uni<Void> recompute(SqlConnection connection, UUID journey, int stages, RowSet<Row> marked) {
        if (marked.size() == 0 || stages == 0) {
            return Uni.createFrom().voidItem();
        }
        if (marked.size() > REBUILD_ABOVE) {
            return rebuild(connection, journey, stages);
        }
        List<String> customers = new ArrayList<>();
        marked.forEach(row -> customers.add(row.getString(0)));
        return connection.preparedQuery(FunnelQuery.storeProgress(stages, true))
                .execute(Tuple.of(journey, customers.toArray(String[]::new))).replaceWithVoid();
    }

    private static Uni<Void> lock(SqlConnection connection, UUID journey) {
        return connection.preparedQuery("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(journey.toString())).replaceWithVoid();
    }

    /** Recomputes every customer of the journey and its totals, and marks it complete. */
    private static Uni<Void> rebuild(SqlConnection connection, UUID journey, int stages) {
        return connection.preparedQuery("delete from funnel_dirty where journey_id = $1").execute(Tuple.of(journey))
                .chain(() -> connection.preparedQuery("delete from funnel_progress where journey_id = $1").execute(Tuple.of(journey)))
                .chain(() -> stages == 0 ? Uni.createFrom().voidItem()
                        : connection.preparedQuery(FunnelQuery.storeProgress(stages, false)).execute(Tuple.of(journey))
                                .replaceWithVoid())
                .chain(() -> connection.preparedQuery("insert into funnel_state (journey_id, built_at) values ($1, now())"
                        + " on conflict (journey_id) do update set built_at = excluded.built_at").execute(Tuple.of(journey)))
                .replaceWithVoid();
    }

    /** The all-time funnel's stage rows and the journey's order-value totals: two queries at once. */
    static Uni<Counts> read(Pool pool, UUID journey, int stages) {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int k = 2; k <= stages; k++) {
            (k % 2 == 0 ? first : second).add(k);
        }
        Uni<Row> counted = one(pool, FunnelQuery.fromProgress(stages, first, true), journey);
        Uni<Row> medians = one(pool, FunnelQuery.fromProgress(stages, second, false), journey);
        return Uni.combine().all().unis(counted, medians).asTuple().map(rows -> {
            Row row = rows.getItem1();
            StageCounts[] counts = new StageCounts[stages];
            for (int k = 1; k <= stages; k++) {
                Double median = k == 1 ? null : (k % 2 == 0 ? row : rows.getItem2()).getDouble("median_" + k);
                counts[k - 1] = new StageCounts(number(row, "customers_" + k).longValue(), median,
                        number(row, "value_sum_" + k), number(row, "value_count_" + k).longValue());
            }
            return new Counts(List.of(counts), new StageCounts(0, null, number(row, "value_sum_0"),
                    number(row, "value_count_0").longValue()));
        });
    }

    private static Uni<Row> one(Pool pool, String sql, UUID journey) {
        return pool.preparedQuery(sql).execute(Tuple.of(journey)).map(rows -> rows.iterator().next());
    }

    /** What the funnel is made of: per stage, and for the whole journey (valueSum / valueCount only). */
    record Counts(List<StageCounts> stages, StageCounts journey) {
    }

    record StageCounts(long customers, Double medianWait, Number valueSum, long valueCount) {
    }

    static Number number(Row row, String column) {
        Object value = row.getValue(column);
        return value instanceof Number number ? number : 0;
    }
}
