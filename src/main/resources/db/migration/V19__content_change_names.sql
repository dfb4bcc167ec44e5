-- A change to an author's or topic's names (an edit or a merge) leaves the text of every edition
-- naming it as it was, so a search index that keys its documents on the text's hash cannot see
-- it: the outbox says which author or topic it was, and every node indexes again the articles
-- naming it (for a merge, the entity that was kept, which now holds the merged one's articles).
alter table content_change add column renamed_taxonomy varchar(10);   -- author | topic; null for other changes
alter table content_change add column renamed_key varchar(200);
