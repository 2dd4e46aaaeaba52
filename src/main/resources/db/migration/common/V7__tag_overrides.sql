-- Tags set by the office by hand; they win over computed tags through re-crawls and re-tagging.
create table item_tag_override (
    item_id    varchar(40)  primary key references item (id) on delete cascade,
    sectors    varchar(1000) not null,
    focus      varchar(1000) not null,
    set_by     varchar(320),
    set_at     timestamp with time zone not null
);
