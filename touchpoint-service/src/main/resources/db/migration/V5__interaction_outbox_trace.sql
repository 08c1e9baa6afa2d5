-- The W3C traceparent of the request that stored the batch: the relay sends its events as children of that trace, so
-- that one trace follows an interaction from the request through Kafka to feedback-service. Empty without a trace.
alter table interaction_outbox add column traceparent varchar(55);
