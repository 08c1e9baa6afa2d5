-- Sequential funnel progress per customer, so that a journey's all-time funnel reads one row per customer
-- instead of grouping every interaction. See FunnelProgress.
create table funnel_progress (
    journey_id   uuid          not null references journey (id) on delete cascade,
    customer_ref varchar(200)  not null,
    -- How many stages the customer reached, in order (0 … 20; 0: interactions, but none on a first-stage touchpoint).
    depth        smallint      not null,
    -- Cents and count of the order values of all the customer's interactions on the journey.
    v0           bigint,
    n0           int,
    -- wK: seconds from reaching stage K-1 to reaching stage K; vK / nK: cents and count of the order values
    -- of the interactions that count for stage K. One column each (not arrays): aggregating columns over
    -- every customer of a journey is several times faster than subscripting arrays.
    w2 float8,
    w3 float8,
    w4 float8,
    w5 float8,
    w6 float8,
    w7 float8,
    w8 float8,
    w9 float8,
    w10 float8,
    w11 float8,
    w12 float8,
    w13 float8,
    w14 float8,
    w15 float8,
    w16 float8,
    w17 float8,
    w18 float8,
    w19 float8,
    w20 float8,
    v1 bigint,
    v2 bigint,
    v3 bigint,
    v4 bigint,
    v5 bigint,
    v6 bigint,
    v7 bigint,
    v8 bigint,
    v9 bigint,
    v10 bigint,
    v11 bigint,
    v12 bigint,
    v13 bigint,
    v14 bigint,
    v15 bigint,
    v16 bigint,
    v17 bigint,
    v18 bigint,
    v19 bigint,
    v20 bigint,
    n1 int,
    n2 int,
    n3 int,
    n4 int,
    n5 int,
    n6 int,
    n7 int,
    n8 int,
    n9 int,
    n10 int,
    n11 int,
    n12 int,
    n13 int,
    n14 int,
    n15 int,
    n16 int,
    n17 int,
    n18 int,
    n19 int,
    n20 int,
    primary key (journey_id, customer_ref)
);

-- A row here means funnel_progress is complete and matches the journey's current stages.
-- Structural edits delete it; the next funnel rebuilds.
create table funnel_state (
    journey_id   uuid          primary key references journey (id) on delete cascade,
    built_at     timestamptz   not null
);

-- Customers with events not yet reflected in funnel_progress: ingestion marks them, the next funnel
-- recomputes them (under the journey's lock) before reading.
create table funnel_dirty (
    journey_id   uuid          not null,
    customer_ref varchar(200)  not null,
    primary key (journey_id, customer_ref)
);

-- Recomputing a set of customers reads their events only.
create index interaction_journey_customer on touchpoint_interaction (journey_id, customer_ref, occurred_at)
    include (touchpoint_id, order_value);
