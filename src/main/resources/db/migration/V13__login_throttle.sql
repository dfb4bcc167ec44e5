-- Failed sign-ins, counted in the store so that every node of a cluster slows the same guesser down.
-- One row per failing (address, account) pair ("pair:ADDRESS ACCOUNT") and per failing address
-- ("address:ADDRESS"); a row quiet for an hour no longer counts and is removed in passing.
create table login_failure (
    throttle_key   varchar(400) not null primary key,
    failures       integer      not null,
    last_failed_at bigint       not null
);
create index login_failure_by_time on login_failure (last_failed_at);
