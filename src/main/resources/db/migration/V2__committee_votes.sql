-- One row per committee vote; a re-run after NO_QUORUM opens a new row for the same case.
create table vote (
    id                  varchar(64)  primary key,
    case_type           varchar(40)  not null,
    case_id             varchar(64)  not null,
    case_name           varchar(200) not null,
    round               int          not null,
    threshold           varchar(20)  not null,
    members             varchar(4000) not null,
    eligible            varchar(4000) not null,
    recused             varchar(4000) not null,
    electorate          int          not null,
    quorum              int          not null,
    opens_at            timestamp    not null,
    min_open_at         timestamp    not null,
    closes_at           timestamp    not null,
    original_closes_at  timestamp    not null,
    extended            boolean      not null,
    status              varchar(20)  not null,
    outcome             varchar(20),
    closed_at           timestamp,
    ballots_cast        int          not null,
    process_instance_id varchar(64)  not null
);
create index vote_case on vote (case_type, case_id, round);

-- Ballots are final: one per member and vote, never updated or deleted.
create table ballot (
    id        varchar(64)   primary key,
    vote_id   varchar(64)   not null references vote (id),
    member    varchar(100)  not null,
    choice    varchar(10)   not null,
    reason    varchar(4000),
    cast_at   timestamp     not null,
    constraint ballot_once unique (vote_id, member)
);
