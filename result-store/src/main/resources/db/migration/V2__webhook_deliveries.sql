-- Transactional outbox of webhook deliveries: a row is written in the same transaction that finishes
-- (completes or cancels) a batch, so a crash between the state change and the POST loses nothing.
-- The dispatcher claims due rows with a lease, posts, and records the outcome.
CREATE TABLE webhook_deliveries (
    id              bigserial   PRIMARY KEY,
    batch_id        uuid        NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    event           text        NOT NULL CHECK (event IN ('batch.completed', 'batch.cancelled')),
    url             text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (batch_id, event)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
