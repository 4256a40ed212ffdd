-- When later evidence shows two records are one vote, the younger is folded into the other; the old id stays
-- resolvable (the gateway redirects) and the merge is on the record.
create table resolution_merge (
    from_id   text primary key,
    into_id   text        not null,
    reason    text        not null,
    merged_at timestamptz not null
);
