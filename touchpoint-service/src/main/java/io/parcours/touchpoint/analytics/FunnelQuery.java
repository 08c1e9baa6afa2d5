package io.parcours.touchpoint.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL of the sequential funnel over n stages. A customer reaches stage 1 at their first event on a stage-1
 * touchpoint, and stage k at their first event on a stage-k touchpoint at or after they reached stage k−1.
 * Each step reads only its stage's events and joins the customers of the previous step.
 * Stage membership is read in the same statement, so a touchpoint moved to another stage counts there at once.
 * (Passing the ids as uuid[] parameters made PostgreSQL's generic plan guess one row per stage and choose
 * nested loops: four times slower.)
 */
final class FunnelQuery {

    private FunnelQuery() {
    }

    /**
     * The funnel over a time range, computed from the events: one row per stage (position 1…n) and a row
     * at position 0 with the journey's valued interactions. Parameters: $1 workspace, $2 journey, $3 from, $4 to.
     */
    static String ranged(int stages) {
        StringBuilder sql = new StringBuilder(steps(stages, "$2",
                "i.workspace_id = $1 and i.journey_id = $2 and i.occurred_at >= $3 and i.occurred_at < $4"));
        for (int k = 1; k <= stages; k++) {
            sql.append(k == 1 ? "\n" : "\nunion all\n")
                    .append("select ").append(k).append(" as position, count(*) as customers,")
                    .append(" percentile_cont(0.5) within group (order by waited) as median_wait,")
                    .append(" sum(value_sum) as value_sum, sum(value_count) as value_count from r").append(k);
        }
        sql.append("\nunion all\nselect 0, 0, null, sum(order_value), count(order_value) from touchpoint_interaction")
                .append(" where workspace_id = $1 and journey_id = $2 and occurred_at >= $3 and occurred_at < $4");
        return sql.append("\norder by position").toString();
    }

    /**
     * Stores each customer's progress (all of the journey's customers, or those in $2) in funnel_progress.
     * Parameters: $1 journey, [$2 customer refs].
     */
    static String storeProgress(int stages, boolean someCustomers) {
        String filter = "i.journey_id = $1" + (someCustomers ? " and i.customer_ref = any($2)" : "");
        StringBuilder columns = new StringBuilder("journey_id, customer_ref, depth, v0, n0");
        StringBuilder values = new StringBuilder("$1, r0.customer_ref, case");
        StringBuilder updates = new StringBuilder("depth = excluded.depth, v0 = excluded.v0, n0 = excluded.n0");
        for (int k = stages; k >= 1; k--) {
            values.append(" when r").append(k).append(".customer_ref is not null then ").append(k);
        }
        values.append(" else 0 end, (r0.value_sum * 100)::bigint, r0.value_count");
        for (int k = 1; k <= stages; k++) {
            if (k > 1) {
                columns.append(", w").append(k);
                values.append(", r").append(k).append(".waited");
                updates.append(", w").append(k).append(" = excluded.w").append(k);
            }
            columns.append(", v").append(k).append(", n").append(k);
            values.append(", (r").append(k).append(".value_sum * 100)::bigint, r").append(k).append(".value_count");
            updates.append(", v").append(k).append(" = excluded.v").append(k)
                    .append(", n").append(k).append(" = excluded.n").append(k);
        }
        // r0: every customer with interactions on the journey, and the order values of all of them.
        StringBuilder sql = new StringBuilder("insert into funnel_progress (").append(columns).append(")\n")
                .append(steps(stages, "$1", filter))
                .append(",\nr0 as (select i.customer_ref, sum(i.order_value) as value_sum, count(i.order_value)::int as value_count")
                .append(" from touchpoint_interaction i where ").append(filter).append(" group by i.customer_ref)")
                .append("\nselect ").append(values).append("\nfrom r0");
        for (int k = 1; k <= stages; k++) {
            sql.append(" left join r").append(k).append(" using (customer_ref)");
        }
        return sql.append("\non conflict (journey_id, customer_ref) do update set ").append(updates).toString();
    }

    /**
     * The all-time funnel from funnel_progress, one row. With counts: value_sum_0 and value_count_0 for the whole
     * journey, customers_k, value_sum_k, value_count_k for every stage; and median_k for the stages given (k ≥ 2). PostgreSQL runs ordered-set aggregates such as
     * percentile_cont on one core, so the medians are split over two such queries run at once. Parameter: $1 journey.
     */
    static String fromProgress(int stages, List<Integer> medians, boolean counts) {
        List<String> columns = new ArrayList<>();
        if (counts) {
            columns.add("sum(v0) / 100.0 as value_sum_0");
            columns.add("sum(n0) as value_count_0");
        }
        for (int k = 1; counts && k <= stages; k++) {
            columns.add("count(*) filter (where depth >= " + k + ") as customers_" + k);
            columns.add("sum(v" + k + ") / 100.0 as value_sum_" + k);
            columns.add("sum(n" + k + ") as value_count_" + k);
        }
        for (int k : medians) {
            columns.add("percentile_cont(0.5) within group (order by w" + k + ") as median_" + k);
        }
        if (columns.isEmpty()) {
            columns.add("count(*) as customers");
        }
        return "select " + String.join(", ", columns) + " from funnel_progress where journey_id = $1";
    }

    /** CTEs r1…rn: per customer, reach time, seconds from the previous stage, order value sum and count. */
    private static String steps(int stages, String journey, String eventFilter) {
        StringBuilder sql = new StringBuilder("with ");
        for (int k = 1; k <= stages; k++) {
            String events = "select i.customer_ref, i.occurred_at, i.order_value from touchpoint_interaction i where "
                    + eventFilter + " and i.touchpoint_id = any(array(select t.id from touchpoint t join stage s"
                    + " on s.id = t.stage_id where s.journey_id = " + journey + " and s.position = " + k + "))";
            if (k == 1) {
                sql.append("r1 as (select e.customer_ref, min(e.occurred_at) as reached_at, null::float8 as waited,"
                        + " sum(e.order_value) as value_sum, count(e.order_value)::int as value_count from (")
                        .append(events).append(") e group by e.customer_ref)");
            } else {
                sql.append(",\nr").append(k).append(" as (select e.customer_ref, min(e.occurred_at) as reached_at,")
                        .append(" extract(epoch from min(e.occurred_at) - min(p.reached_at))::float8 as waited,")
                        .append(" sum(e.order_value) as value_sum, count(e.order_value)::int as value_count from (")
                        .append(events).append(") e join r").append(k - 1).append(" p on p.customer_ref = e.customer_ref")
                        .append(" and e.occurred_at >= p.reached_at group by e.customer_ref)");
            }
        }
        return sql.toString();
    }
}
