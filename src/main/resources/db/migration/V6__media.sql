-- Uploaded images; the files themselves are in the data folder's media directory, named by hash.
create table media (
    file_name     varchar(80)  not null primary key,   -- sha-256 of the cleaned bytes, and extension
    content_type  varchar(40)  not null,
    width         integer      not null,
    height        integer      not null,
    bytes         bigint       not null,
    original_name text         not null,
    uploaded_by   varchar(64),
    uploaded_at   bigint       not null
);
create index media_recent on media (uploaded_at);
