-- An embedded workspace has no logins and no grants (PostgreSQL's V37 narrows what 内业 may write).
SELECT 1;
