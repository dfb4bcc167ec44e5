-- Tokens for the REST API, each scoped to a role. Only a hash of the token is kept.
create table api_token (
    token_hash   varchar(64)  not null primary key,
    name         varchar(64)  not null unique,
    role         varchar(20)  not null,
    created_at   bigint       not null,
    last_used_at bigint,
    revoked      integer      not null default 0
);
