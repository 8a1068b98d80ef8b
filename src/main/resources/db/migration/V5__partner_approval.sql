-- Partner applications (DOMAIN.md, Process 3). Products are a JSON array of objects: read and written
-- with the application, never queried on their own.
create table partner_application (
    id                  varchar(64)   primary key,
    company             varchar(120)  not null,
    company_key         varchar(120)  not null,
    registration_id     varchar(64)   not null,
    country             varchar(60)   not null,
    website             varchar(300)  not null,
    partner_type        varchar(10)   not null,
    contact_name        varchar(100)  not null,
    contact_email       varchar(320)  not null,
    agreement_version   varchar(20)   not null,
    products            varchar(60000) not null,
    applicant           varchar(100)  not null,
    status              varchar(30)   not null,
    submitted_at        timestamp     not null,
    updated_at          timestamp     not null,
    process_instance_id varchar(64),
    partner_id          varchar(64)
);
create index partner_application_status on partner_application (status);
create index partner_application_company_key on partner_application (company_key);

-- The partner directory: one row per company, updated (not duplicated) when a renewal is listed.
-- The latest revocation, if any, is kept on the row; its history is in case_event.
create table partner (
    id                      varchar(64)   primary key,
    company                 varchar(120)  not null,
    company_key             varchar(120)  not null unique,
    partner_type            varchar(10)   not null,
    website                 varchar(300)  not null,
    products                varchar(60000) not null,
    contact_name            varchar(100)  not null,
    contact_email           varchar(320)  not null,
    applicant               varchar(100)  not null,
    application_id          varchar(64)   not null,
    status                  varchar(30)   not null,
    listed_at               timestamp     not null,
    certificate_expires_at  timestamp     not null,
    certificate_process_id  varchar(64),
    revocation_reason       varchar(4000),
    revocation_requested_by varchar(100),
    revocation_requested_at timestamp,
    revocation_status       varchar(30),
    revocation_process_id   varchar(64)
);
create index partner_status on partner (status);
