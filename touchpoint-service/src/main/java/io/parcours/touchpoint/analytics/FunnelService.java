package io.parcours.touchpoint.analytics;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.parcours.common.Ids;
import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.parcours.touchpoint.analytics.Funnel.FunnelStage;
import io.parcours.touchpoint.journey.JourneyMap;
import io.parcours.touchpoint.journey.JourneyStore;
import io.parcours.touchpoint.journey.Stage;
import io.parcours.touchpoint.journey.Reads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Funnel conversion of a journey, computed in PostgreSQL (see {@link FunnelQuery}). */
@ApplicationScoped
public class FunnelService {

    /** Lower bound used when the caller gives no start. */
    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

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
        OffsetDateTime end = to == null ? OffsetDateTime.now(ZoneOffset.UTC) : to;
        if (from != null && !from.isBefore(end)) {
            return Uni.createFrom().failure(ValidationException.of("to", "must be after from"));
        }
        return caller.workspaceToRead().chain(workspace -> Reads.inOwnSession(() -> Ids.parse(journeyId)
                .map(id -> store.journey(workspace, id)).orElse(Uni.createFrom().nullItem())
                .chain(journey -> journey == null ? Uni.createFrom().nullItem() : store.maps(List.of(journey))))
                .chain(maps -> maps == null ? Uni.createFrom().nullItem() : compute(workspace, maps.get(0), from, end)));
    }

    private Uni<Funnel> compute(String workspace, JourneyMap map, OffsetDateTime from, OffsetDateTime to) {
        List<Stage> stages = map.stages();
        if (stages.isEmpty()) {
            return Uni.createFrom().item(assemble(map, from, to, List.of(), null));
        }
        Tuple parameters = Tuple.of(workspace, map.journey().id, from == null ? BEGINNING : from, to);
        return pool.preparedQuery(FunnelQuery.sql(stages.size())).execute(parameters)
                .map(rows -> fromRows(map, from, to, rows));
    }

    private static Funnel fromRows(JourneyMap map, OffsetDateTime from, OffsetDateTime to, RowSet<Row> rows) {
        List<FunnelStage> result = new ArrayList<>();
        Double journeyOrderValue = null;
        Integer previous = null;
        for (Row row : rows) {
            if (row.getInteger("position") == 0) {
                journeyOrderValue = meanValue(row);
                continue;
            }
            Stage stage = map.stages().get(row.getInteger("position") - 1);
            int customers = row.getLong("customers").intValue();
            Double conversion = previous == null || previous == 0 ? null : round((double) customers / previous, 4);
            Integer dropOff = previous == null ? null : previous - customers;
            Double median = row.getDouble("median_wait");
            result.add(new FunnelStage(stage.id.toString(), stage.name, stage.position, customers, conversion, dropOff,
                    median == null ? null : round(median, 3), meanValue(row)));
            previous = customers;
        }
        return assemble(map, from, to, result, journeyOrderValue);
    }

    private static Double meanValue(Row row) {
        long count = row.getNumeric("value_count") == null ? 0 : row.getNumeric("value_count").longValue();
        return count == 0 ? null : round(row.getNumeric("value_sum").doubleValue() / count, 2);
    }

    private static Funnel assemble(JourneyMap map, OffsetDateTime from, OffsetDateTime to, List<FunnelStage> stages,
            Double orderValue) {
        int entered = stages.isEmpty() ? 0 : stages.get(0).customers();
        int completed = stages.isEmpty() ? 0 : stages.get(stages.size() - 1).customers();
        FunnelStage breakStage = stages.stream().filter(s -> s.dropOff() != null && s.dropOff() > 0)
                .max(Comparator.comparingInt(FunnelStage::dropOff).thenComparing(s -> -s.position())).orElse(null);
        return new Funnel(map.journey().id.toString(), from, to, entered, completed,
                entered == 0 ? null : round((double) completed / entered, 4), stages, breakStage, orderValue);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
