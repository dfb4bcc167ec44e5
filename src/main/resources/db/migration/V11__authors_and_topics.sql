-- Authors and topics are entities of their own: an edition refers to them by key, and saving an
-- edition never changes their names. Their names per language were already stored one per key and
-- language (author_name, topic_name) and are kept exactly as they are: that row is the name the
-- editions in that language were last saved with, the only name per key and language the store
-- has ever held.

-- An optional line under an author's name ("Senior fellow, Asia Program"), the same in every language.
alter table author add column affiliation text;
-- An optional photo: the file name of an image in the media library (its hash and extension).
alter table author add column photo varchar(80);

-- A topic's optional description per language, beside its name. (An author's bio is author_name.bio.)
alter table topic_name add column description text;

-- Keys merged into another author or topic: the old key's pages and feeds answer with a permanent
-- redirect to the new key's, and an edition saved with the old key is linked to the new one.
create table author_alias (
    alias_key  varchar(100) not null primary key,
    author_key varchar(100) not null references author (author_key) on delete cascade
);
create table topic_alias (
    alias_key varchar(100) not null primary key,
    topic_key varchar(100) not null references topic (topic_key) on delete cascade
);
