-- The gateway reads the tally with a role that may only read (issue 17, item 11). The deployment's database setup
-- makes the group role tally_reader and the gateway's login in it, with a password from its own secret (README,
-- "Keys and credentials"), so no password is in a migration; here the group gets the schema's tables as they are
-- and those later migrations add. pg_trgm's functions (V6) are executable by everyone already.
grant usage on schema tally to tally_reader;
grant select on all tables in schema tally to tally_reader;
alter default privileges in schema tally grant select on tables to tally_reader;
