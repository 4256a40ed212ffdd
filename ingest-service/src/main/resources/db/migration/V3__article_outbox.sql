-- Transactional outbox: an accepted article waits here, written in the same transaction as its receipt, until the
-- relay has it acknowledged by Kafka and deletes the row. payload is the exact record the relay publishes, so a
-- second publish after a crash is the same message. A row the broker refused for good waits until next_attempt_at.
create table article_outbox (
    article_id      text        primary key references article_receipt (id),
    payload         text        not null,
    next_attempt_at timestamptz not null default now(),
    last_error      text
);
create index article_outbox_due on article_outbox (next_attempt_at);
