-- Issue 15: an instance keeps the tallies it wrote in memory and takes one again only while the record's row has the
-- tally revision it wrote. Every transaction writing tallies takes a new number, so a tally another instance wrote
-- (or a record removed and made again) is never mistaken for the one kept. Rows from before have none: read once.
create sequence resolution_tally_revision;
alter table resolution add column tally_revision bigint;
