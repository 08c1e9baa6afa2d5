package io.parcours.touchpoint.analytics;

/**
 * SQL of a sequential funnel over n stages. A customer reaches stage 1 at their first event on a stage-1
 * touchpoint, and stage k at their first event on a stage-k touchpoint at or after they reached stage k−1.
 * Each step reads only its stage's events through the (journey, touchpoint, time) index and joins the
 * customers of the previous step; nothing is loaded into Java but one row per stage (and one for the journey).
 *
 * Stage membership is read in the same statement, so a touchpoint moved to another stage counts there at once.
 * (Passing the ids as uuid[] parameters made PostgreSQL's generic plan guess one row per stage and choose
 * nested loops: four times slower.) Parameters: $1 workspace, $2 journey, $3 from, $4 to.
 */
final class FunnelQuery {

    private FunnelQuery() {
    }

    static String sql(int stages) {
        StringBuilder sql = new StringBuilder("with ");
        for (int k = 1; k <= stages; k++) {
            String events = "select i.customer_ref, i.occurred_at, i.order_value from touchpoint_interaction i"
                    + " where i.workspace_id = $1 and i.journey_id = $2 and i.occurred_at >= $3 and i.occurred_at < $4"
                    + " and i.touchpoint_id = any(array(select t.id from touchpoint t join stage s on s.id = t.stage_id"
                    + " where s.journey_id = $2 and s.position = " + k + "))";
            if (k == 1) {
                sql.append("r1 as (select e.customer_ref, min(e.occurred_at) as reached_at, null::float8 as waited,"
                        + " sum(e.order_value) as value_sum, count(e.order_value) as value_count from (")
                        .append(events).append(") e group by e.customer_ref)");
            } else {
                sql.append(",\nr").append(k).append(" as (select e.customer_ref, min(e.occurred_at) as reached_at,")
                        .append(" extract(epoch from min(e.occurred_at) - min(p.reached_at)) as waited,")
                        .append(" sum(e.order_value) as value_sum, count(e.order_value) as value_count from (")
                        .append(events).append(") e")
                        .append(" join r").append(k - 1).append(" p on p.customer_ref = e.customer_ref")
                        .append(" and e.occurred_at >= p.reached_at group by e.customer_ref)");
            }
        }
        for (int k = 1; k <= stages; k++) {
            sql.append(k == 1 ? "\n" : "\nunion all\n")
                    .append("select ").append(k).append(" as position, count(*) as customers,")
                    .append(" percentile_cont(0.5) within group (order by waited) as median_wait,")
                    .append(" sum(value_sum) as value_sum, sum(value_count) as value_count from r").append(k);
        }
        // Position 0: the whole journey's valued interactions in the range, for its average order value.
        sql.append("\nunion all\nselect 0, 0, null, sum(order_value), count(order_value) from touchpoint_interaction")
                .append(" where workspace_id = $1 and journey_id = $2 and occurred_at >= $3 and occurred_at < $4");
        return sql.append("\norder by position").toString();
    }
}
