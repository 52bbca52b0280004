-- An embedded workspace has no logins and no grants (PostgreSQL's V18 gives the group roles what V16 and V17 added).
SELECT 1;
