-- A SIG's end (DOMAIN.md "Life after entry", SIGs): a retirement is a case like every other (the columns every case
-- table has, and its details: the SIG, the reason, the successor if any). A retired SIG stays in the directory with
-- the reason, the date, the successor and the deciding case, so its name stays taken; a project whose sponsor
-- retired without a successor shows that it needs a new one.
create table sig_retirement (
    id                  varchar(64)   primary key,
    title               varchar(200)  not null,
    title_key           varchar(200)  not null,
    sig                 varchar(40)   not null,
    reason              varchar(8000) not null,
    successor_sig       varchar(40),
    proposer            varchar(100)  not null,
    status              varchar(20)   not null,
    submitted_at        timestamp     not null,
    updated_at          timestamp     not null,
    process_instance_id varchar(64)
);
create index sig_retirement_open on sig_retirement (title_key, status);
create index sig_retirement_proposer on sig_retirement (proposer);

alter table sig add column retired_at timestamp;
alter table sig add column retirement_reason varchar(8000);
alter table sig add column successor_sig varchar(40);
alter table sig add column retired_by varchar(64);

alter table project add column sponsor_needed boolean default false not null;
