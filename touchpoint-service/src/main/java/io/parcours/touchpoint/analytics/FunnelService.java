package io.parcours.touchpoint.analytics;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.parcours.common.Ids;
import io.parcours.common.error.ValidationException;
import io.parcours.common.persistence.Reads;
import io.parcours.common.security.Caller;
import io.parcours.touchpoint.analytics.Funnel.FunnelStage;
import io.parcours.touchpoint.analytics.FunnelProgress.Counts;
import io.parcours.touchpoint.analytics.FunnelProgress.StageCounts;
import io.parcours.touchpoint.journey.JourneyMap;
import io.parcours.touchpoint.journey.JourneyStore;
import io.parcours.touchpoint.journey.Stage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Funnel conversion of a journey, computed in PostgreSQL. Over all time it reads the per-customer progress
 * kept at ingestion ({@link FunnelProgress}), rebuilding it first if stages changed; over a time range it
 * computes from the events ({@link FunnelQuery#ranged}).
 */
@ApplicationScoped
public class FunnelService {

    /** Lower bound used when the caller gives an end but no start. */
    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final int MAX_FUNNELS = 100;
    /** Each funnel takes up to two pooled connections: a few at once leaves the pool to other requests. */
    private static final int FUNNELS_AT_ONCE = 4;

    private final JourneyStore store;
    private final Pool pool;
    private final Caller caller;

    public FunnelService(JourneyStore store, Pool pool, Caller caller) {
        this.store = store;
        this.pool = pool;
        this.caller = caller;
    }

    /** The funnel, or null when the journey is unknown in the caller's workspace. */
    public Uni<Funnel> funnel(String journeyId, OffsetDateTime from, OffsetDateTime to) {
        return checkRange(from, to).chain(() -> caller.workspaceToRead())
                .chain(workspace -> maps(workspace, List.of(journeyId))
                        .chain(maps -> funnelOf(workspace, maps.get(0), from, to)));
    }

    /**
     * Funnels of several journeys in argument order (null for an unknown one): their maps in one read, then the
     * counts of a few journeys at a time, each a query of its own. {@code asked} names what asked for them in a refusal:
     * the argument of a batch query, or the field read on a fetch of entities.
     */
    public Uni<List<Funnel>> funnels(String asked, List<String> journeyIds, OffsetDateTime from, OffsetDateTime to) {
        if (journeyIds.size() > MAX_FUNNELS) {
            return Uni.createFrom().failure(ValidationException.of(asked, "must hold at most " + MAX_FUNNELS + " ids"));
        }
        return checkRange(from, to).chain(() -> caller.workspaceToRead())
                .chain(workspace -> maps(workspace, journeyIds).chain(maps -> maps.isEmpty()
                        ? Uni.createFrom().item(List.<Funnel>of())
                        : Uni.join().all(maps.stream().map(map -> funnelOf(workspace, map, from, to)).toList())
                                .usingConcurrencyOf(FUNNELS_AT_ONCE).andFailFast()));
    }

    /** The journeys' maps in argument order, null where a journey is unknown in the workspace. */
    private Uni<List<JourneyMap>> maps(String workspace, List<String> journeyIds) {
        return Reads.inOwnSession(() -> store.journeys(workspace, Ids.parseAll(journeyIds)).chain(store::maps))
                .map(maps -> Ids.inArgumentOrder(journeyIds, maps, map -> map.journey().id));
    }

    private Uni<Funnel> funnelOf(String workspace, JourneyMap map, OffsetDateTime from, OffsetDateTime to) {
        if (map == null) {
            return Uni.createFrom().nullItem();
        }
        Uni<Counts> counts = from == null && to == null ? allTime(map) : ranged(workspace, map, from, to);
        return counts.map(c -> assemble(map, from, to, c));
    }

    private static Uni<Void> checkRange(OffsetDateTime from, OffsetDateTime to) {
        return from != null && to != null && !from.isBefore(to)
                ? Uni.createFrom().failure(ValidationException.of("to", "must be after from"))
                : Uni.createFrom().voidItem();
    }

    private Uni<Counts> allTime(JourneyMap map) {
        UUID journey = map.journey().id;
        int stages = map.stages().size();
        if (stages == 0) {
            return Uni.createFrom().item(new Counts(List.of(), new StageCounts(0, null, 0, 0)));
        }
        return pool.withTransaction(connection -> FunnelProgress.bringUpToDate(connection, journey))
                .chain(() -> FunnelProgress.read(pool, journey, stages));
    }

    private Uni<Counts> ranged(String workspace, JourneyMap map, OffsetDateTime from, OffsetDateTime to) {
        int stages = map.stages().size();
        if (stages == 0) {
            return Uni.createFrom().item(new Counts(List.of(), new StageCounts(0, null, 0, 0)));
        }
        Tuple parameters = Tuple.of(workspace, map.journey().id, from == null ? BEGINNING : from,
                to == null ? OffsetDateTime.now(ZoneOffset.UTC) : to);
        return pool.preparedQuery(FunnelQuery.ranged(stages)).execute(parameters).map(FunnelService::counts);
    }

    private static Counts counts(RowSet<Row> rows) {
        List<StageCounts> stages = new ArrayList<>();
        StageCounts journey = null;
        for (Row row : rows) {
            StageCounts counts = new StageCounts(FunnelProgress.number(row, "customers").longValue(),
                    row.getDouble("median_wait"), FunnelProgress.number(row, "value_sum"),
                    FunnelProgress.number(row, "value_count").longValue());
            if (row.getInteger("position") == 0) {
                journey = counts;
            } else {
                stages.add(counts);
            }
        }
        return new Counts(stages, journey);
    }

    private static Funnel assemble(JourneyMap map, OffsetDateTime from, OffsetDateTime to, Counts counts) {
        List<FunnelStage> stages = new ArrayList<>();
        Long previous = null;
        for (int k = 0; k < counts.stages().size(); k++) {
            Stage stage = map.stages().get(k);
            StageCounts c = counts.stages().get(k);
            Double conversion = previous == null || previous == 0 ? null : round((double) c.customers() / previous, 4);
            Integer dropOff = previous == null ? null : Math.toIntExact(previous - c.customers());
            Double median = previous == null || c.medianWait() == null ? null : round(c.medianWait(), 3);
            stages.add(new FunnelStage(stage.id.toString(), stage.name, stage.position, Math.toIntExact(c.customers()),
                    conversion, dropOff, median, mean(c)));
            previous = c.customers();
        }
        int entered = stages.isEmpty() ? 0 : stages.get(0).customers();
        int completed = stages.isEmpty() ? 0 : stages.get(stages.size() - 1).customers();
        FunnelStage breakStage = stages.stream().filter(s -> s.dropOff() != null && s.dropOff() > 0)
                .max(Comparator.comparingInt(FunnelStage::dropOff).thenComparing(s -> -s.position())).orElse(null);
        return new Funnel(map.journey().id.toString(), from, to == null && from != null ? OffsetDateTime.now(ZoneOffset.UTC) : to,
                entered, completed, entered == 0 ? null : round((double) completed / entered, 4), stages, breakStage,
                counts.journey() == null ? null : mean(counts.journey()));
    }

    private static Double mean(StageCounts counts) {
        return counts.valueCount() == 0 ? null : round(counts.valueSum().doubleValue() / counts.valueCount(), 2);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
