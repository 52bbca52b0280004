-- Nothing to do: an embedded workspace keeps its photos as files under photos/, named by their SHA-256. On PostgreSQL
-- this version makes the table that keeps them in the database.
SELECT 1;
