-- The links of a sitemap input arrive in chunks (one SitemapResult record each, sized for Kafka), in any
-- order and possibly more than once. Each chunk is kept once (primary key, ON CONFLICT DO NOTHING); the
-- item is completed, in the transaction that stores its last missing chunk, only when all chunk_count
-- chunks are present. The chunks stay: they hold the input's full link list, which the links endpoint
-- pages through and a fan-out reads, while the item row keeps only the first links for the status page.
CREATE TABLE sitemap_chunks (
    batch_id       uuid    NOT NULL,
    input_index    integer NOT NULL,
    chunk_index    integer NOT NULL CHECK (chunk_index >= 0),
    chunk_count    integer NOT NULL CHECK (chunk_count > chunk_index),
    -- links across all chunks of the input, as every chunk reports it
    link_count     integer NOT NULL CHECK (link_count >= 0),
    -- links in this chunk
    chunk_links    integer NOT NULL CHECK (chunk_links >= 0),
    links          jsonb   NOT NULL,
    metadata       jsonb,
    -- position of this chunk's first link in the input's list; set when the input completes
    first_position integer,
    PRIMARY KEY (batch_id, input_index, chunk_index),
    FOREIGN KEY (batch_id, input_index) REFERENCES items (batch_id, input_index) ON DELETE CASCADE
);

-- Set on a sitemap batch with a fan-out when more links were found than one scrape batch may hold
-- (SCRAPELINE_MAX_URLS_PER_BATCH): the child batch has the first ones only. Null without a fan-out.
ALTER TABLE batches ADD COLUMN scrape_truncated boolean;
