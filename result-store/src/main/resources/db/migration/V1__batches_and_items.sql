-- One row per batch (scrape or sitemap). Counters are kept on the row so that a status read is one lookup,
-- and they only ever grow by the number of item rows actually changed (see ResultApplier).
CREATE TABLE batches (
    id               uuid        PRIMARY KEY,
    tenant           text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('scrape', 'sitemap')),
    status           text        NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'cancelled', 'failed')),
    total            integer     NOT NULL CHECK (total >= 0),
    completed        integer     NOT NULL DEFAULT 0,
    failed           integer     NOT NULL DEFAULT 0,
    cancelled        integer     NOT NULL DEFAULT 0,
    invalid_urls     jsonb       NOT NULL DEFAULT '[]',
    config           jsonb       NOT NULL DEFAULT '{}',
    webhook          jsonb,
    idempotency_key  text,
    request_hash     text,
    scrape_batch_id  uuid,
    error_code       text,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    expires_at       timestamptz NOT NULL,
    CHECK (completed + failed + cancelled <= total)
);

-- The tenant's list, newest first, filtered by kind and optionally status.
CREATE INDEX batches_tenant_listing ON batches (tenant, kind, created_at DESC, id DESC);
-- Idempotency-Key is scoped to a tenant.
CREATE UNIQUE INDEX batches_idempotency ON batches (tenant, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- Expiry sweeps.
CREATE INDEX batches_expiry ON batches (expires_at);

-- One row per valid input URL; input_index is the URL's position in the submitted array.
CREATE TABLE items (
    batch_id      uuid        NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    input_index   integer     NOT NULL CHECK (input_index >= 0),
    url           text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('pending', 'completed', 'failed', 'cancelled')),
    data          jsonb,
    metadata      jsonb,
    error_code    text,
    error_message text,
    finished_at   timestamptz,
    PRIMARY KEY (batch_id, input_index)
);

-- Keyset pages filtered by item status (the unfiltered page uses the primary key).
CREATE INDEX items_by_status ON items (batch_id, status, input_index);
