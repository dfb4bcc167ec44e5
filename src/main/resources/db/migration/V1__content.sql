-- Tribune's content model. Portable SQL: the same script runs on SQLite and PostgreSQL.
-- Instants are epoch milliseconds (bigint).

create table article (
    id           varchar(200) not null primary key,  -- the slug shared by all editions
    created_at   bigint       not null,
    published_at bigint,                              -- first publication of any edition
    updated_at   bigint       not null
);

-- Small columns first: SQLite keeps a row's tail in overflow pages, and listings, related
-- articles and freshness checks must not have to walk past the bodies to read a date.
create table edition (
    article_id    varchar(200) not null references article (id) on delete cascade,
    lang          varchar(10)  not null,              -- en | zh-Hans | zh-Hant
    status        varchar(20)  not null,              -- draft | in_review | scheduled | published | withdrawn
    origin        varchar(20)  not null,              -- authored | derived (from another edition)
    published_at  bigint,
    updated_at    bigint       not null,
    source_hash   varchar(64)  not null,              -- sha-256 of title, summary and body
    title         text         not null,
    summary       text         not null,
    body_markdown text         not null,
    body_html     text         not null,              -- rendered and sanitized
    primary key (article_id, lang)
);
create index edition_listing on edition (lang, status, published_at);
-- Answers "is this article readable in that language now?" from the index alone, for related
-- articles and classification listings that test many articles at once.
create index edition_visibility on edition (article_id, lang, status, published_at);

create table author (
    author_key varchar(100) not null primary key
);

create table author_name (
    author_key varchar(100) not null references author (author_key) on delete cascade,
    lang       varchar(10)  not null,
    name       text         not null,
    bio        text,
    primary key (author_key, lang)
);

create table topic (
    topic_key varchar(100) not null primary key
);

create table topic_name (
    topic_key varchar(100) not null references topic (topic_key) on delete cascade,
    lang      varchar(10)  not null,
    name      text         not null,
    primary key (topic_key, lang)
);

create table article_author (
    article_id varchar(200) not null references article (id) on delete cascade,
    author_key varchar(100) not null references author (author_key),
    position   integer      not null,
    primary key (article_id, author_key)
);
create index article_author_by_author on article_author (author_key, article_id);

create table article_topic (
    article_id varchar(200) not null references article (id) on delete cascade,
    topic_key  varchar(100) not null references topic (topic_key),
    position   integer      not null,
    primary key (article_id, topic_key)
);
create index article_topic_by_topic on article_topic (topic_key, article_id);

-- Bumped in the same transaction as every content write, so that page caches on any node can
-- tell cheaply whether what they hold is still current.
create table content_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into content_version (id, version) values (1, 0);
