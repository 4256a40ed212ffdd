-- The gateway's read-only login (README, "Keys and credentials"), run by the db-roles service on every `up`: the
-- group tally_reader, which the tally's migrations grant SELECT on its tables to, and the login votewire_gateway in
-- it, whose password follows GATEWAY_DB_PASSWORD. A volume made before these roles existed gets them too.
\set ON_ERROR_STOP on
\getenv password GATEWAY_DB_PASSWORD
select 'create role tally_reader nologin'
where not exists (select from pg_roles where rolname = 'tally_reader') \gexec
select 'create role votewire_gateway login in role tally_reader'
where not exists (select from pg_roles where rolname = 'votewire_gateway') \gexec
alter role votewire_gateway password :'password';
