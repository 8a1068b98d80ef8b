-- The notification outbox: one row per mail and recipient, written in the transaction of the state
-- change that causes it and sent by the dispatcher after commit. Portable between H2 2.x and PostgreSQL;
-- times are "timestamp with time zone" so that an instant means the same on every node and database.
create table notification (
    id              varchar(36)   not null primary key,
    notice_type     varchar(40)   not null,
    case_type       varchar(40)   not null,
    case_id         varchar(100)  not null,
    case_name       varchar(300),
    recipient_email varchar(320)  not null,
    recipient_name  varchar(300),
    subject         varchar(1000) not null,
    body_text       text          not null,
    body_html       text          not null,
    status          varchar(10)   not null,
    attempts        int           default 0 not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    claimed_by      varchar(100),
    claimed_until   timestamp with time zone,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    message_id      varchar(200)  not null,
    constraint notification_status_check check (status in ('PENDING', 'SENT', 'FAILED'))
);

-- The dispatcher's question: which pending rows are due?
create index notification_due_idx on notification (status, next_attempt_at);

-- The outbox view for administrators and the case's history of mails.
create index notification_case_idx on notification (case_type, case_id);
create index notification_created_idx on notification (created_at);
