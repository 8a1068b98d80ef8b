-- Meetings and calendars (DOMAIN.md "Publishing", Calendars). A SIG's meeting schedule: the weekday (MONDAY..SUNDAY),
-- the local time of day (HH:mm), the IANA time zone it is kept in, and the meeting's URL; the cadence is the
-- meeting_cadence the SIG already has. meetings_from is the local date from which the schedule runs, the first
-- meeting being the first matching day on or after it: it anchors the BIWEEKLY and TRIWEEKLY cadences. All null for a
-- SIG without a schedule. A proposal may carry the same schedule, which the SIG takes when it is registered.
alter table sig add column meeting_weekday varchar(9);
alter table sig add column meeting_time varchar(5);
alter table sig add column meeting_time_zone varchar(64);
alter table sig add column meeting_url varchar(500);
alter table sig add column meetings_from date;

alter table sig_proposal add column meeting_weekday varchar(9);
alter table sig_proposal add column meeting_time varchar(5);
alter table sig_proposal add column meeting_time_zone varchar(64);
alter table sig_proposal add column meeting_url varchar(500);

-- The secret of each person's private calendar link (/calendars/people/{token}.ics), kept only as its SHA-256 in hex:
-- the link is shown once, when it is made; making a new one replaces the row, and the old link stops working.
create table calendar_link (
    person_id  varchar(100) primary key,
    token_hash varchar(64)  not null,
    created_at timestamp    not null,
    constraint calendar_link_token unique (token_hash)
);
