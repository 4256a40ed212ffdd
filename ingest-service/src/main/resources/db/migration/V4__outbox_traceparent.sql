-- The W3C traceparent of the request that accepted the article (null when tracing is off): the relay sends it as the
-- record's traceparent header, so the trace of the POST goes on through Kafka although the record leaves later.
alter table article_outbox add column traceparent text;
