-- The outbox names the stored interactions of a batch (workspace and event ids) instead of copying them as JSON: the
-- relay reads them when it publishes, off the ingestion path, which the copy slowed by some 40 % (BENCHMARKS.md).
-- Rows waiting from before keep their events, by name.
alter table interaction_outbox add column workspace_id varchar(64), add column event_ids varchar(100)[];
update interaction_outbox set workspace_id = events -> 0 ->> 'workspaceId',
    event_ids = array(select e ->> 'eventId' from jsonb_array_elements(events) e);
alter table interaction_outbox drop column events;
alter table interaction_outbox alter column workspace_id set not null, alter column event_ids set not null;
