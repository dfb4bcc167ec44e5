-- Translations that never publish untranslated text.

-- Blocks of a translation marked "keep as is": text meant to read the same as in the source (a
-- quotation, a name, a table of figures). A mark names the block's text (a key of it), so it follows
-- the block when other blocks move and lapses when the block is rewritten.
create table kept_block (
    article_id varchar(200) not null references article (id) on delete cascade,
    lang       varchar(10)  not null,
    block_key  varchar(64)  not null,
    primary key (article_id, lang, block_key)
);

-- The body blocks of a translation whose text was its source's when it was last saved, numbered
-- from 1 and comma separated; empty when there are none. Such an edition publishes, is scheduled or
-- goes to review only when an editor overrides, and its public page marks those blocks with the
-- source's language.
alter table edition add column untranslated_blocks text not null default '';
