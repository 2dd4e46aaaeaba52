-- A digest run reads which items changed since a time, and who was shown them, from this index, then loads only
-- the items it needs. H2 already indexes contact_item.item_id for its foreign key.
create index item_last_changed_idx on item (last_changed, id);
-- Closing-soon reminders read the calls only, not every item.
create index item_kind_idx on item (kind);
