-- What happened to published content, written in the same transaction as the change itself, so
-- that no event is lost and none is told about a change that did not commit. Webhook delivery
-- reads it; dispatched marks the events already fanned out to subscribers.
create table content_event (
    event_id    varchar(36)  not null primary key,
    occurred_at bigint       not null,
    type        varchar(40)  not null,   -- article.published | article.updated | article.withdrawn
    article_id  varchar(200) not null,
    lang        varchar(10)  not null,
    dispatched  integer      not null default 0
);
create index content_event_waiting on content_event (dispatched, occurred_at);

create table webhook (
    webhook_id varchar(36) not null primary key,
    url        text        not null,
    secret     varchar(80) not null,        -- the HMAC key, shown once when the hook is made
    events     text        not null,        -- comma-separated types, or * for all
    created_at bigint      not null,
    active     integer     not null default 1
);

create table webhook_delivery (
    delivery_id     varchar(36) not null primary key,
    webhook_id      varchar(36) not null references webhook (webhook_id) on delete cascade,
    event_id        varchar(36) not null,
    type            varchar(40) not null,
    payload         text        not null,
    status          varchar(20) not null,  -- pending | delivered | failed
    attempts        integer     not null default 0,
    next_attempt_at bigint      not null,
    claimed_until   bigint,                -- a node sending it now; others leave it alone
    last_status     integer,
    last_error      text,
    created_at      bigint      not null,
    delivered_at    bigint
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
