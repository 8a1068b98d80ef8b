-- A removal or appointment is named after the person as people know them ("Removal of Dave Li (dave)"), kept as it
-- was when proposed; the key that keeps one open case per person stays made of the id. Older cases have none and
-- keep the name of the id.
alter table committee_removal add column member_name varchar(150);
alter table committee_appointment add column person_name varchar(150);
