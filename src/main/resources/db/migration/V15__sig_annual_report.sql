-- A SIG's annual report (DOMAIN.md "Life after entry", SIGs): one row per SIG and year, opened by the daily check on
-- governance.sig.annual-report.opens with the facts of the twelve months before (JSON, kept as they were then), the
-- chairs' text (a draft until submitted), and how it ended: SUBMITTED, or MISSED when the next year's opened first
-- or the SIG retired.
create table sig_report (
    sig_name            varchar(40)    not null references sig (name),
    report_year         integer        not null,
    status              varchar(20)    not null,
    opened_at           timestamp      not null,
    due_at              timestamp      not null,
    facts               varchar(200000) not null,
    achievements        varchar(20000),
    plans               varchar(20000),
    help_needed         varchar(20000),
    submitted_at        timestamp,
    submitted_by        varchar(100),
    process_instance_id varchar(64),
    primary key (sig_name, report_year)
);
