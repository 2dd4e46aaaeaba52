-- Which items each contact has been sent: a contact never gets the same item twice.
create table contact_item (
    contact_email varchar(320) not null,
    item_id       varchar(40)  not null references item (id) on delete cascade,
    digest_id     varchar(200) not null,
    primary key (contact_email, item_id)
);

-- Digests are written here before any SMTP conversation, then delivered and marked sent.
create table outbox (
    id            varchar(200) primary key,
    contact_email varchar(320) not null,
    period_key    varchar(64)  not null,
    message_id    varchar(300) not null,
    subject       varchar(1000) not null,
    mime          varchar      not null,
    created       timestamp with time zone not null,
    status        varchar(16)  not null,
    attempts      integer      not null default 0,
    next_attempt  timestamp with time zone,
    sent_at       timestamp with time zone,
    error         varchar(4000),
    unique (contact_email, period_key)
);

create table contact_state (
    contact_email varchar(320) primary key,
    last_digest   timestamp with time zone
);

-- Contacts who unsubscribed or paused their digest through the signed link.
alter table contact_state add column unsubscribed boolean default false not null;

-- Secrets generated on first start when not configured (the HMAC key of unsubscribe links).
create table app_setting (
    setting_name  varchar(100) primary key,
    setting_value varchar(4000) not null
);
