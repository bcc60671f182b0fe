-- Transactional outbox of sitemap fan-outs: when a sitemap batch with a `scrape` option completes, the
-- same transaction creates its child scrape batch (batch and pending items), sets batches.scrape_batch_id
-- and writes this row. The dispatcher then publishes one ScrapeRequest per child item and marks the row
-- published, so a crash between the state change and the publication loses nothing (a crash after the
-- publication but before the mark publishes again: scrape results are applied idempotently).
CREATE TABLE sitemap_fan_outs (
    sitemap_batch_id uuid        PRIMARY KEY REFERENCES batches (id) ON DELETE CASCADE,
    scrape_batch_id  uuid        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    published_at     timestamptz,
    failed_at        timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX sitemap_fan_outs_due ON sitemap_fan_outs (next_attempt_at)
    WHERE published_at IS NULL AND failed_at IS NULL;
