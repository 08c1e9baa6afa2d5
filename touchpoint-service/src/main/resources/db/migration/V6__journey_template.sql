-- A workspace's own templates: a journey saved whole (its stages with their touchpoints, as importJourney takes them,
-- as JSON), to start new maps from. Independent of the journey it was saved from, which may change or go.
create table journey_template (
    id           uuid primary key,
    workspace_id varchar(64)   not null,
    name         varchar(120)  not null,
    description  varchar(2000),
    persona_id   uuid,
    map_type     varchar(30)   not null,
    stages       text          not null,
    created_at   timestamptz   not null
);
create index journey_template_workspace on journey_template (workspace_id, created_at, id);
