-- A batch is kept for its TTL after it finished (SCRAPELINE_RESULT_TTL: "how long finished batches are
-- kept"), not after it was submitted: otherwise a batch still running a TTL after submission would be
-- hidden and purged mid-run, and one finishing late would be kept only briefly. The TTL is therefore
-- kept with the batch, and expires_at is null until the statement that makes the batch completed,
-- cancelled or failed sets it to finished_at + ttl. An unfinished batch is never hidden or purged.
ALTER TABLE batches ADD COLUMN ttl interval;

-- Until now expires_at was created_at + ttl. Whole seconds, not days: '1 day' added to a timestamptz
-- follows daylight saving changes of the session's time zone, a TTL does not.
UPDATE batches SET ttl = extract(epoch FROM expires_at - created_at) * interval '1 second';

ALTER TABLE batches ALTER COLUMN ttl SET NOT NULL;
ALTER TABLE batches ADD CONSTRAINT batches_ttl_not_negative CHECK (ttl >= interval '0');
ALTER TABLE batches ALTER COLUMN expires_at DROP NOT NULL;

-- Unfinished batches lose their expiry, including any already hidden for their age: they still take
-- results, and were hidden only because of the rule this migration replaces.
UPDATE batches SET expires_at = NULL WHERE status IN ('queued', 'running');

-- Finished batches not yet expired are kept ttl after their finish, which is never earlier than
-- before. Those already expired stay expired: a client may have been told 404, and the purge
-- deletes them next.
UPDATE batches SET expires_at = finished_at + ttl
WHERE status NOT IN ('queued', 'running') AND finished_at IS NOT NULL AND expires_at > now();

-- Every path that finishes a batch must set its expiry, or the batch would be kept forever.
ALTER TABLE batches ADD CONSTRAINT batches_expire_once_finished
    CHECK ((expires_at IS NULL) = (status IN ('queued', 'running')));
