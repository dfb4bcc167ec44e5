-- A translation part-way through catching up with its source on the translation desk. Its blocks
-- follow the aligned_* text: the source's blocks that had a translated block beside them when the
-- translator last saved, in order. Source blocks listed in pending (keys of their text, one per
-- line) still wait for the translator.
create table translation_desk (
    article_id      varchar(200) not null references article (id) on delete cascade,
    lang            varchar(10)  not null,
    aligned_title   text         not null,
    aligned_summary text         not null,
    aligned_body    text         not null,
    pending         text         not null,
    primary key (article_id, lang)
);
