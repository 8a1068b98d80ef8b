-- A project's move to the next stage (DOMAIN.md "Life after entry", Projects) is a case like every other: the columns
-- every case table has, and its evidence (adopters as a JSON list, the https URLs). The vote recuses the project's
-- origin organization, so the directory keeps it from the onboarding that listed the project.
create table project_stage_change (
    id                  varchar(64)   primary key,
    title               varchar(200)  not null,
    title_key           varchar(200)  not null,
    project             varchar(40)   not null,
    target_stage        varchar(20)   not null,
    adopters            varchar(8000) not null,
    security_policy_url varchar(500)  not null,
    release_url         varchar(500),
    security_audit_url  varchar(500),
    proposer            varchar(100)  not null,
    status              varchar(20)   not null,
    submitted_at        timestamp     not null,
    updated_at          timestamp     not null,
    process_instance_id varchar(64)
);
create index project_stage_change_open on project_stage_change (title_key, status);
create index project_stage_change_proposer on project_stage_change (proposer);

alter table project add column origin_organization varchar(200);
update project set origin_organization =
    (select p.origin_organization from project_proposal p where p.id = project.proposal_id);
