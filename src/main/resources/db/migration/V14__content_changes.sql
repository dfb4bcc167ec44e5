-- The outbox every node follows: one row per content write, committed with it. Its position is
-- the content version the write set; the update of content_version holds that row's lock until
-- the write commits, so positions are handed out in commit order without gaps, and a node that
-- has applied position N has seen every write up to N. On PostgreSQL the same transaction sends a
-- NOTIFY, which only wakes the nodes: what changed is read from here.
create table content_change (
    position   bigint      not null primary key,
    changed_at bigint      not null,
    origin     varchar(36) not null   -- the node that wrote it, which heard of it at once
);
