-- The gateway's filters read from indexes, not every record (issue 17, item 9): a state's recorded positions
-- (GET /resolutions?country=, GET /countries/{iso3}/votes and /agreement: the ? and @> operators on the positions
-- object) and words in a title (GET /resolutions?q=: ILIKE '%words%', by trigrams).
create extension if not exists pg_trgm;
create index resolution_by_position on resolution using gin ((doc -> 'positions'));
create index resolution_by_title_words on resolution using gin (title gin_trgm_ops);
