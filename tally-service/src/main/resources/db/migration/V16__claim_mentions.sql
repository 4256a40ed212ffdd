-- Issue 15: the mentions of the records around a new one (claims with no symbol and no count, StoredClaim.MENTIONS)
-- are asked for whenever an article creates a record. Through claim_by_resolution that read every claim of those
-- records, and on a day of many votes PostgreSQL chose to scan the whole claim table instead (66 sequential scans,
-- 741,000 rows, in 60 s of the spread workload at 100 articles/s): a record of 10,000 reports holds a handful of
-- mentions. The index holds the mentions only; its predicate is the query's, word for word.
create index claim_mention_by_resolution on claim (resolution_id)
    where not superseded and event ->> 'symbol' is null and event -> 'counts' ->> 'yes' is null
      and event -> 'counts' ->> 'no' is null and event -> 'counts' ->> 'abstain' is null;
