-- A translation's title and summary whose text was its source's when it was last saved ("title",
-- "summary", comma separated; empty when neither): untranslated as blocks are, by the same rule.
alter table edition add column untranslated_fields varchar(20) not null default '';

-- Editions whose untranslated blocks are counted again, by the rule the saver applies, when the
-- application next starts (and then taken off this list). Editions saved before V12 were never
-- counted; every edition written by hand is listed so that each is counted by the same rule as a
-- save today. The rule lives in the application, not in SQL, so the count is not made here.
create table untranslated_recount (
    article_id varchar(200) not null references article (id) on delete cascade,
    lang       varchar(10)  not null,
    primary key (article_id, lang)
);

insert into untranslated_recount (article_id, lang)
select article_id, lang from edition where origin = 'authored';
