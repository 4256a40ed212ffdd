-- Issue 15: reads that grew with the whole claim table, or with every claim of a hot record, on a day of many votes
-- (spread workload, 100 articles/s; pg_stat_user_tables over 60 s).

-- The mentions of the records around a new one (claims with no symbol and no count, StoredClaim.MENTIONS), asked for
-- whenever an article creates a record: through claim_by_resolution that reads every claim of those records, and a
-- record of 10,000 reports holds a handful of mentions. This index holds the mentions only; its predicate is the
-- query's, word for word.
create index claim_mention_by_resolution on claim (resolution_id)
    where not superseded and event ->> 'symbol' is null and event -> 'counts' ->> 'yes' is null
      and event -> 'counts' ->> 'no' is null and event -> 'counts' ->> 'abstain' is null;

-- A merge moves the claims of one record to another, current and superseded ones apart: current ones by
-- claim_by_resolution, superseded ones by this index. One statement for both could use neither and scanned the whole
-- claim table at every merge (66 merges and 66 sequential scans of claim, 741,000 rows, in 60 s).
create index claim_superseded_by_resolution on claim (resolution_id) where superseded;

-- ... and points the merges into the folded record at the one it joined: by index, not a scan of all merges.
create index resolution_merge_by_into on resolution_merge (into_id);
