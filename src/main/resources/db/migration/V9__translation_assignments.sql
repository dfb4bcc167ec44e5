-- Who translates what: an editor may assign an edition to a translator; an article open to
-- translation may be translated by any translator where nobody is assigned.
alter table article add column open_to_translation integer not null default 1;

create table translation_assignment (
    article_id  varchar(200) not null references article (id) on delete cascade,
    lang        varchar(10)  not null,
    username    varchar(64)  not null,
    assigned_by varchar(64),
    assigned_at bigint       not null,
    primary key (article_id, lang)
);
