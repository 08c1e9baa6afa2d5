-- Interactions on their way to the services that react to them (feedback-service's survey triggers) over Kafka:
-- one row per stored batch, written in the transaction that stores the interactions and deleted once the broker has
-- acknowledged every event of it (InteractionRelay). A crash in between sends a batch again, never loses it.
create table interaction_outbox (
    id         bigserial   primary key,
    events     jsonb       not null,
    created_at timestamptz not null default now()
);
