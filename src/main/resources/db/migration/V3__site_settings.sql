-- Settings that belong to the site rather than to one process, such as how Traditional editions
-- are derived: every node and every command must agree on them.
create table site_setting (
    name  varchar(100) not null primary key,
    value text         not null
);
