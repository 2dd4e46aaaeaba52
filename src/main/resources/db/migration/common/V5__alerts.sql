-- Saved searches ("Bevaka sökningen") mailed as digests to their owner. An alert becomes active only after
-- its owner confirmed the address with the signed link mailed to it (there is no login yet).
create table alert (
    id          varchar(40)   primary key,
    owner_email varchar(320)  not null,
    query       varchar(1000) not null,
    filters     varchar(2000) not null default '',
    frequency   varchar(32)   not null,
    language    varchar(8)    not null,
    created     timestamp with time zone not null,
    confirmed   timestamp with time zone
);
create index alert_owner_idx on alert (owner_email);
