-- The decision register (DOMAIN.md "Publishing"): every committee vote that closed (APPROVED, REJECTED or NO_QUORUM)
-- is a resolution with a number YYYY-NNN, in the order the votes closed. The number is taken in the transaction that
-- closes the vote, under the lock of resolution_lock's one row, so two nodes closing votes at the same instant take
-- one number after the other, and a closing that rolls back gives its number back: no gaps, no doubles.
create table resolution_lock (
    id int primary key
);
insert into resolution_lock (id) values (1);

create table resolution (
    number     varchar(16)  primary key,
    decided_year int        not null,
    seq        int          not null,
    vote_id    varchar(64)  not null,
    case_type  varchar(40)  not null,
    case_id    varchar(64)  not null,
    case_name  varchar(200) not null,
    name_key   varchar(200) not null,
    outcome    varchar(20)  not null,
    decided_at timestamp    not null,
    constraint resolution_in_order unique (decided_year, seq),
    constraint resolution_of_a_vote unique (vote_id)
);
create index resolution_decided on resolution (decided_at);
create index resolution_case on resolution (case_type, case_id);
