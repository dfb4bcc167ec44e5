-- Traditional editions derived from Simplified ones, and the site's conversion glossary.

-- The source edition's hash when a translation was made or derived: when the source's hash has
-- moved on, the translation is behind it.
alter table edition add column based_on_hash varchar(64);
-- The conversion that produced a derived edition (an OpenCC config name such as s2t).
alter table edition add column derived_with varchar(20);

-- Names converted from another script may be re-derived; names a person gave are kept.
alter table author_name add column derived integer not null default 0;
alter table topic_name add column derived integer not null default 0;

-- Terms whose rendering differs by region, winning over the dictionaries (特朗普 → 川普 for Taiwan).
create table glossary (
    term        varchar(100) not null,   -- as written in Simplified Chinese
    variant     varchar(10)  not null,   -- all | tw | hk
    replacement varchar(200) not null,
    primary key (term, variant)
);
