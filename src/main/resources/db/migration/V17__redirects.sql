-- Old addresses that answer with a 301 to a page of this site: a WordPress site's post, category,
-- tag and author addresses after its import, and any an admin adds in the newsroom. The old path
-- is stored normalized (percent-decoded, no trailing slash; a query only for WordPress's
-- /?p=N-style addresses) so that a lookup is one primary-key read.
create table redirect (
    old_path   varchar(2000) not null primary key,
    target     varchar(2000) not null,
    origin     varchar(20)   not null,   -- import (tribune import) or newsroom (added by an admin)
    created_at bigint        not null
);
