-- Health beyond the last attempt: when the source last brought something new, how many items it found
-- the last time it found any (to flag a listing that suddenly yields nothing), and the feed discovered
-- behind an HTML page.
alter table source_state add column last_new timestamp with time zone;
alter table source_state add column last_nonzero integer default 0 not null;
alter table source_state add column discovered_feed varchar(2048);
