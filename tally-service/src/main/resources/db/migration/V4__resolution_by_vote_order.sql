-- The gateway's default order (newest vote first, undated last, id as tie-break) read straight from an index.
create index resolution_by_vote_order on resolution ((coalesce(vote_date, '')) desc, id desc);
