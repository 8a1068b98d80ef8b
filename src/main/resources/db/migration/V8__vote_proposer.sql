-- The vote keeps its case's proposer, who hears the result: closing a vote then needs no read of the case.
-- Votes opened before this migration have none; their result mail asks the case, as it did before.
alter table vote add column proposer varchar(100);
