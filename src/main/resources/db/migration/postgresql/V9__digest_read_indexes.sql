-- A digest run reads which items changed since a time, and who was shown them, from this index, then loads only
-- the items it needs; it finds who was shown them by contact_item.item_id (PostgreSQL does not index a foreign key itself).
create index item_last_changed_idx on item (last_changed, id);
create index contact_item_item_idx on contact_item (item_id);
-- Closing-soon reminders read the calls only, not every item.
create index item_kind_idx on item (kind);
