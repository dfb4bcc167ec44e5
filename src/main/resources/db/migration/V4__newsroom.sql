-- The newsroom: people who sign in, their sessions, and every saved state of every edition.

create table account (
    username            varchar(64)  not null primary key,
    display_name        text         not null,
    role                varchar(20)  not null,   -- admin | editor | translator | author
    password_hash       varchar(200) not null,   -- Argon2id, PHC string format
    created_at          bigint       not null,
    password_changed_at bigint       not null,
    disabled            integer      not null default 0
);

-- Only a hash of each session token is kept: a copy of the database signs nobody in.
create table admin_session (
    token_hash   varchar(64) not null primary key,
    username     varchar(64) not null references account (username) on delete cascade,
    csrf_token   varchar(64) not null,
    created_at   bigint      not null,
    last_seen_at bigint      not null
);
create index admin_session_by_user on admin_session (username);

create table edition_revision (
    article_id    varchar(200) not null references article (id) on delete cascade,
    lang          varchar(10)  not null,
    revision      integer      not null,           -- 1, 2, … per edition
    saved_at      bigint       not null,
    saved_by      varchar(64),                     -- null: an import or a derivation
    status        varchar(20)  not null,
    published_at  bigint,
    title         text         not null,
    summary       text         not null,
    body_markdown text         not null,
    source_hash   varchar(64)  not null,
    note          text,                            -- e.g. "restored revision 3", "published"
    primary key (article_id, lang, revision)
);

-- The edition an article was first written in: translations are made from it, and fall behind it.
alter table article add column source_lang varchar(10);
-- Who started the article in the newsroom (authors may edit their own drafts); null for imports.
alter table article add column created_by varchar(64);
