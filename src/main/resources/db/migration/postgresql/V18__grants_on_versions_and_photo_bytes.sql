-- V16 (row versions) and V17 (photos' bytes) came after the group roles of V15, whose grants name the tables and
-- columns there were then: a merge by 内业 writes photos' bytes and raises the version of a conflict it adds answers to.
GRANT INSERT, UPDATE, DELETE ON photo_content TO civicinspect_office;
GRANT UPDATE (version) ON finding_conflict TO civicinspect_office;

-- A workspace copied onto the server (workspace migrate) keeps its audit entries as they were written, with the
-- logins they name: only the tables' owner may write such an entry, who could switch the trigger off anyway.
CREATE OR REPLACE FUNCTION audit_entry_names_its_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.login IS DISTINCT FROM session_user AND NOT pg_has_role(session_user,
            (SELECT tableowner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME), 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s may not write an audit entry in the name of %s', session_user, coalesce(NEW.login, 'nobody'));
    END IF;
    RETURN NEW;
END
$$;
