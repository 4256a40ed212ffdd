-- Issue 16, item 4: trust re-judged. Per record and outlet, how many checked figures of the outlet's claims in that
-- record agreed and disagreed with it, and per record the consensus (counts and outcome) they were judged against:
-- when a record's consensus changes its rows are counted again and replace the old ones, so source_trust's totals
-- (the sums of these rows) follow the consensus instead of what it was when each claim arrived. The totals counted
-- before this table start again from zero and come back as records are touched (POST /admin/reextract touches all).
create table source_agreement (
    resolution_id text   not null,
    outlet        text   not null,
    agreed        bigint not null,
    disagreed     bigint not null,
    primary key (resolution_id, outlet)
);
create table record_consensus (
    resolution_id text primary key,
    consensus     text not null
);
update source_trust set agreed = 0, disagreed = 0;
