-- A mail's bodies are rendered by the dispatcher just before it sends them, not in the transaction that writes the
-- row: until then the row keeps the recipient's language and the template's variables (JSON), afterwards the bodies
-- it was sent with. Rows written before this change keep their bodies and no variables.
alter table notification add column language varchar(35);
alter table notification add column model text;
alter table notification alter column body_text drop not null;
alter table notification alter column body_html drop not null;
