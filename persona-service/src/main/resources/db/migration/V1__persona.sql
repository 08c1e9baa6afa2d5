-- Personas: one row each, list-valued traits as text arrays.
create table persona (
    id                 uuid primary key,
    workspace_id       varchar(64)   not null,
    name               varchar(120)  not null,
    title              varchar(120),
    summary            varchar(2000),
    quote              varchar(500),
    avatar_url         varchar(2048),
    age_range          varchar(20),
    location           varchar(120),
    occupation         varchar(120),
    family_status      varchar(120),
    income_band        varchar(20),
    goals              varchar(300)[] not null default '{}',
    frustrations       varchar(300)[] not null default '{}',
    motivations        varchar(300)[] not null default '{}',
    behaviours         varchar(300)[] not null default '{}',
    preferred_channels varchar(300)[] not null default '{}',
    tags               varchar(300)[] not null default '{}',
    archived           boolean       not null default false,
    version            bigint        not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);

-- Listing: workspace first, then the keyset order of the cursor pagination.
create index persona_workspace_created on persona (workspace_id, created_at, id);
-- Filters by tag and by channel use array containment.
create index persona_tags on persona using gin (tags);
create index persona_preferred_channels on persona using gin (preferred_channels);
