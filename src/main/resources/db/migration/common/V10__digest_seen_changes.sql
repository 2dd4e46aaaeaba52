-- The item versions a recipient's last digest run read among the items changed in its last minutes
-- (SeenChanges, "from:base64" of a bit set): the next digest's look-back leaves them out of "new", so an item
-- counted but cut from a full section is not sent as new again.
alter table contact_state add column seen_changes varchar(1000000);
