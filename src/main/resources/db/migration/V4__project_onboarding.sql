-- Project proposals (DOMAIN.md, Process 2). Maintainers are a JSON array of user ids, read and
-- written with the proposal, never queried on their own.
create table project_proposal (
    id                  varchar(64)   primary key,
    name                varchar(40)   not null,
    name_key            varchar(40)   not null,
    summary             varchar(200)  not null,
    description         varchar(4000) not null,
    repository_url      varchar(500)  not null,
    website             varchar(500)  not null,
    license             varchar(64)   not null,
    sponsor_sig         varchar(40)   not null,
    maintainers         varchar(4000) not null,
    security_contact    varchar(320)  not null,
    code_of_conduct_url varchar(500)  not null,
    origin_organization varchar(200)  not null,
    proposer            varchar(100)  not null,
    status              varchar(30)   not null,
    submitted_at        timestamp     not null,
    updated_at          timestamp     not null,
    process_instance_id varchar(64)
);
create index project_proposal_status on project_proposal (status);
create index project_proposal_name_key on project_proposal (name_key);

-- The project directory: projects the community accepted, with their maturity (SANDBOX first).
create table project (
    name           varchar(40)   primary key,
    name_key       varchar(40)   not null unique,
    summary        varchar(200)  not null,
    repository_url varchar(500)  not null,
    license        varchar(64)   not null,
    sponsor_sig    varchar(40)   not null,
    maintainers    varchar(4000) not null,
    status         varchar(20)   not null,
    accepted_at    timestamp     not null,
    proposal_id    varchar(64)   not null
);
