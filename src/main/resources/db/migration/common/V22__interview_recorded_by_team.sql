-- The team whose field laptop recorded an interview, as its result package says; null for an interview recorded in
-- this workspace itself (on the laptop that asks, or entered at the office from paper). The merge keeps an interview
-- with the laptop that recorded it: the same 访问编号 from another team is refused, not mixed in.
ALTER TABLE interview ADD COLUMN team_id VARCHAR(36);
