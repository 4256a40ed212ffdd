-- Which attempt at an article its status answers: 0 as ingest accepted it, n after the n-th reprocessing an operator
-- asked for (POST /admin/reprocess). A failed article takes the extraction of a newer attempt once; a redelivery or
-- an answer to an older attempt changes nothing.
alter table article add column attempt integer not null default 0;
