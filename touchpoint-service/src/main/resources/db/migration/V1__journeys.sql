-- Journey maps: a journey has ordered stages, a stage has ordered touchpoints.
create table journey (
    id              uuid primary key,
    workspace_id    varchar(64)   not null,
    name            varchar(120)  not null,
    description     varchar(2000),
    persona_id      uuid,
    map_type        varchar(30)   not null,
    status          varchar(20)   not null,
    derived_from_id uuid,
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index journey_workspace_created on journey (workspace_id, created_at, id);
create index journey_workspace_persona on journey (workspace_id, persona_id);

create table stage (
    id           uuid primary key,
    journey_id   uuid          not null references journey (id) on delete cascade,
    workspace_id varchar(64)   not null,
    name         varchar(120)  not null,
    position     int           not null,
    -- Deferred: renumbering a journey's stages passes through duplicate positions inside a transaction.
    constraint stage_position_unique unique (journey_id, position) deferrable initially deferred
);

create table touchpoint (
    id                uuid primary key,
    journey_id        uuid          not null references journey (id) on delete cascade,
    stage_id          uuid          not null references stage (id) on delete cascade,
    workspace_id      varchar(64)   not null,
    position          int           not null,
    name              varchar(120)  not null,
    description       varchar(2000),
    channel           varchar(30)   not null,
    interaction       varchar(10)   not null,
    owner_team        varchar(120),
    customer_action   varchar(500),
    customer_thought  varchar(500),
    emotion           smallint      check (emotion between -2 and 2),
    pain_points       varchar(300)[] not null default '{}',
    opportunities     varchar(300)[] not null default '{}',
    frontstage        varchar(300)[] not null default '{}',
    backstage         varchar(300)[] not null default '{}',
    support_processes varchar(300)[] not null default '{}',
    version           bigint        not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint touchpoint_position_unique unique (stage_id, position) deferrable initially deferred
);
create index touchpoint_journey on touchpoint (journey_id);

-- Analytics events: "customer X met touchpoint T at time t". The key makes ingestion idempotent.
create table touchpoint_interaction (
    workspace_id  varchar(64)   not null,
    event_id      varchar(100)  not null,
    journey_id    uuid          not null,
    touchpoint_id uuid          not null,
    customer_ref  varchar(200)  not null,
    occurred_at   timestamptz   not null,
    order_value   numeric(14, 2),
    received_at   timestamptz   not null default now(),
    primary key (workspace_id, event_id)
);
-- The funnel reads, stage by stage, the events of that stage's touchpoints in a time range.
create index interaction_journey_touchpoint_time on touchpoint_interaction (journey_id, touchpoint_id, occurred_at)
    include (customer_ref, order_value, workspace_id);
