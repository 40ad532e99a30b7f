-- The systems (catalog system-type ids, comma-separated) a bidder's statement is offered for; empty:
-- every system of the tender, as before.
alter table rfp_bidder_statement add column systems varchar(2000) default '' not null;
