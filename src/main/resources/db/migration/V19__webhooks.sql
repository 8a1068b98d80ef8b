-- Webhooks (DOMAIN.md "Publishing"): URLs administrators registered for chosen events, and the outbox of their
-- deliveries. A delivery is written in the transaction of the event that causes it and sent after commit by the
-- dispatcher, with the mail outbox's claims, retries and FAILED state (V3). The secret signs each body (HMAC-SHA256),
-- so it is kept as given: it is never shown back. The body is stored as sent, so every retry signs the same bytes.
create table webhook (
    id         varchar(36)   not null primary key,
    url        varchar(500)  not null,
    secret     varchar(200)  not null,
    events     varchar(400)  not null,
    created_by varchar(100)  not null,
    created_at timestamp with time zone not null
);
create index webhook_created_idx on webhook (created_at);

create table webhook_delivery (
    id              varchar(36)  not null primary key,
    webhook_id      varchar(36)  not null,
    event_type      varchar(40)  not null,
    body            text         not null,
    status          varchar(10)  not null,
    attempts        int          default 0 not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    claimed_by      varchar(100),
    claimed_until   timestamp with time zone,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    constraint webhook_delivery_status_check check (status in ('PENDING', 'SENT', 'FAILED')),
    -- A webhook deleted takes its deliveries with it: nobody is left to receive or re-send them.
    constraint webhook_delivery_of_webhook foreign key (webhook_id) references webhook (id) on delete cascade
);

-- The dispatcher's question: which pending deliveries are due?
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id);
create index webhook_delivery_created_idx on webhook_delivery (created_at);
