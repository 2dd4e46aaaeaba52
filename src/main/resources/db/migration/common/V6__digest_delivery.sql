-- Delivery claims: a row is SENDING from just before its SMTP conversation until it is marked SENT; a SENDING
-- row older than the lease is one whose sender died, and is sent again with the same Message-ID.
alter table outbox add column sending_since timestamp with time zone;
create index outbox_status_idx on outbox (status, next_attempt);
create index outbox_created_idx on outbox (created);

-- When an item was last shown to a recipient: a later change to it is reported as an update.
alter table contact_item add column included_at timestamp with time zone;

-- Deadline reminders already given ("closing soon"); a moved deadline is a new reminder.
create table deadline_reminder (
    contact_email varchar(320) not null,
    item_id       varchar(40)  not null references item (id) on delete cascade,
    deadline      timestamp with time zone not null,
    digest_id     varchar(200) not null,
    primary key (contact_email, item_id, deadline)
);

-- A contact's own choices from the preferences page, applied over feeds.yml; null means "as in feeds.yml".
create table contact_preference (
    contact_email varchar(320) primary key,
    frequency     varchar(32),
    sectors       varchar(1000),
    focus         varchar(1000),
    kinds         varchar(100),
    updated       timestamp with time zone not null
);
