-- Elections of the steering committee (DOMAIN.md "Elections"). An election is a case like every other (the columns
-- every case table has, and its call: title, seats, cap, term); its dates and keys are in election_schedule.
create table election (
    id                  varchar(64)  primary key,
    title               varchar(400) not null,
    title_key           varchar(200) not null,
    seats               int          not null,
    max_per_organization int         not null,
    term                varchar(20)  not null,
    officer             varchar(100) not null,
    status              varchar(20)  not null,
    submitted_at        timestamp    not null,
    updated_at          timestamp    not null,
    process_instance_id varchar(64)
);
create index election_open on election (title_key, status);
create index election_officer on election (officer);

-- The dates the process waits for, and the two secret keys of the ballots (see election_ballot). The tie-break
-- order is fixed and published when voting opens.
create table election_schedule (
    election_id       varchar(64)  primary key,
    nomination_opens  timestamp    not null,
    voting_opens      timestamp    not null,
    voting_closes     timestamp    not null,
    term_starts       timestamp    not null,
    ballot_key        varchar(64)  not null,
    participation_key varchar(64)  not null,
    tie_break_order   varchar(8000)
);

-- The voter roll, frozen when nomination opens, and the people an officer let in by an exception. person_key is the
-- id in lower case: ids are compared without regard to case.
create table election_voter (
    election_id  varchar(64)  not null,
    person_key   varchar(100) not null,
    person_id    varchar(100) not null,
    organization varchar(200),
    admitted_by  varchar(20)  not null,
    primary key (election_id, person_key)
);

create table election_exception (
    id           varchar(64)  primary key,
    election_id  varchar(64)  not null,
    person_id    varchar(100) not null,
    reason       varchar(8000) not null,
    status       varchar(20)  not null,
    requested_at timestamp    not null,
    decided_by   varchar(100),
    decided_at   timestamp,
    answer       varchar(8000)
);
create index election_exception_of on election_exception (election_id, person_id);

-- A nomination, the candidate's acceptance, and the endorsements that make it count (DOMAIN.md: 3 voters of at least
-- 2 organizations other than the candidate's).
create table election_candidate (
    election_id  varchar(64)   not null,
    person_key   varchar(100)  not null,
    person_id    varchar(100)  not null,
    organization varchar(200),
    statement    varchar(10000) not null,
    nominated_by varchar(100)  not null,
    nominated_at timestamp     not null,
    accepted_at  timestamp,
    primary key (election_id, person_key)
);

create table election_endorsement (
    election_id  varchar(64)  not null,
    candidate_key varchar(100) not null,
    endorser_key varchar(100) not null,
    endorser_id  varchar(100) not null,
    organization varchar(200),
    endorsed_at  timestamp    not null,
    primary key (election_id, candidate_key, endorser_key)
);

-- Secret ballots. A ballot carries no voter, no time and no order of casting: only the keyed hash of its receipt
-- (HMAC-SHA256 under the schedule's ballot_key, published with the result so a voter can find their ballot) and the
-- ranking. That a person voted is kept apart, with another keyed hash of the same receipt (participation_key, never
-- published): re-casting proves the receipt is the voter's own, and no join leads from a person to a ballot.
create table election_ballot (
    election_id  varchar(64)   not null,
    receipt_hash varchar(64)   not null,
    ranking      varchar(4000) not null,
    primary key (election_id, receipt_hash)
);

create table election_participation (
    election_id   varchar(64)  not null,
    person_key    varchar(100) not null,
    receipt_check varchar(64)  not null,
    primary key (election_id, person_key)
);

-- The count, as published once certified: the tally (pairwise matrix, ranking, winners, skipped) as JSON.
create table election_result (
    election_id  varchar(64)  primary key,
    counted_at   timestamp    not null,
    ballots      int          not null,
    voters       int          not null,
    tally        text         not null,
    certified_by varchar(100),
    certified_at timestamp
);

-- When a term ends: an elected member's after governance.election.term; null until the next election's term start
-- (the first committee, members appointed between elections).
alter table committee_term add column ends_at timestamp;
