-- A digest run also reads each changed item's change sequence (SeenChanges): the index holds it too, so the read
-- stays within the index and does not look up every item's row.
drop index item_last_changed_idx;
create index item_last_changed_idx on item (last_changed, id, seq);
