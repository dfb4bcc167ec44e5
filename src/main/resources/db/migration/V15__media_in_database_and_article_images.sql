-- Uploaded images live in the database, so that every node serves every image without a shared
-- file system; each node keeps a copy of what it served in its data folder's media directory.
-- bytea is PostgreSQL's byte string; SQLite stores the same bytes as a blob (the declared type
-- gives the column numeric affinity, which leaves blobs as they are).
create table media_content (
    file_name varchar(100) not null primary key,   -- a media file's name, or a variant's
    content   bytea        not null
);

-- Smaller copies of an image made when it is uploaded, for srcset and thumbnails; never at request time.
create table media_variant (
    media_file varchar(80)  not null references media (file_name) on delete cascade,
    width      integer      not null,
    height     integer      not null,
    file_name  varchar(100) not null unique,        -- e.g. <sha-256 of the image>-480w.jpg
    bytes      bigint       not null,
    primary key (media_file, width)
);

-- An article's image: one per translation group, chosen from the media library.
create table article_image (
    article_id varchar(200) not null primary key references article (id) on delete cascade,
    media_file varchar(80)  not null references media (file_name),
    credit     text
);
create index article_image_by_media on article_image (media_file);

-- What the image shows and its caption, in each language that has them.
create table article_image_text (
    article_id varchar(200) not null references article_image (article_id) on delete cascade,
    lang       varchar(10)  not null,
    alt        text         not null,
    caption    text,
    primary key (article_id, lang)
);
