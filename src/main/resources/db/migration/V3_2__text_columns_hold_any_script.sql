-- Text limits are counted in characters (code points), but H2 measures a varchar in UTF-16 units: an
-- emoji is one character and two units. Free-text columns are twice as wide as their limit so that
-- any text the validators accept is stored; the validators, not the columns, keep the limit.
alter table sig_proposal alter column display_name set data type varchar(160);
alter table sig_proposal alter column mission set data type varchar(2000);
alter table sig_proposal alter column scope_in set data type varchar(8000);
alter table sig_proposal alter column scope_out set data type varchar(8000);
alter table sig alter column display_name set data type varchar(160);
alter table sig alter column mission set data type varchar(2000);
alter table sig alter column scope_in set data type varchar(8000);
alter table sig alter column scope_out set data type varchar(8000);
alter table case_event alter column comment set data type varchar(8000);
alter table ballot alter column reason set data type varchar(8000);
