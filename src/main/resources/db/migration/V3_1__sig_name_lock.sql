-- The one row that SIG submissions and revisions lock while they check that a name is free and take it.
-- Without it, two proposals sent at the same moment both find the name free and both open. A unique
-- index cannot say "unique among open proposals" portably (H2 has no partial indexes).
create table sig_name_lock (
    id int primary key
);
insert into sig_name_lock (id) values (1);
