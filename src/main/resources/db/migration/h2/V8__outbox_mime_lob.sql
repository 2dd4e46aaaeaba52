-- A digest's MIME text (megabytes for a large digest) kept as a large object, stored apart from its row: with
-- the text inline, every change of the row's status (claimed, sent) made H2 rewrite the whole text at commit,
-- and every scan of the outbox read it.
alter table outbox alter column mime set data type character large object;
comment on column outbox.mime is 'The digest as sent (RFC 5322), a large object stored apart from the row';
