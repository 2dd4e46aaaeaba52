-- H2 moves the digest's MIME text out of the row (V8 there); PostgreSQL already keeps large text values out of
-- line (TOAST), so the column stays as it is.
comment on column outbox.mime is 'The digest as sent (RFC 5322), a large object stored apart from the row';
