-- Issue 16, item 4: trust per source. An article's outlet (its URL's host in lower case, without "www."; the tally
-- sets it from here on, and it is read off the URLs of the articles already kept), and per outlet how many checked
-- figures of its claims agreed and disagreed with the records they joined, with the weight that gives
-- (SourceTrust), so the gateway can show it.
alter table article add column outlet text;
update article set outlet = regexp_replace(lower(substring(url from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)')), '^www\.', '')
where url is not null;
create table source_trust (
    outlet     text primary key,
    agreed     bigint           not null default 0,
    disagreed  bigint           not null default 0,
    weight     double precision not null,
    updated_at timestamptz      not null
);
