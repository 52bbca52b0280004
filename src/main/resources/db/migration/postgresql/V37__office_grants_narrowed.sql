-- V15 and V18 gave 内业 whole tables where the program writes only part of them; a staff member who opens the
-- database with another client could remove a problem or its history, rewrite a photo's bytes, or drop a conflict a
-- 督查组长 has to settle. 内业 keeps exactly what the program does with its login:
--   problem        raised and moved along (insert, update); never removed
--   problem_step   each step appended; a step is never changed or removed
--   photo_content  photos' bytes added by a merge, and a damaged row put right by the next merge that brings the
--                  same photo (the upsert's UPDATE, which must leave the bytes matching their SHA-256); never removed
--   finding_conflict removed only with its site, when the site is taken out of its round
-- The tables' owner (demo undo, restore, workspace migrate) is not held by grants.
REVOKE DELETE ON problem FROM civicinspect_office;
REVOKE UPDATE, DELETE ON problem_step FROM civicinspect_office;
REVOKE UPDATE, DELETE ON photo_content FROM civicinspect_office;
GRANT UPDATE (content) ON photo_content TO civicinspect_office;

CREATE FUNCTION photo_content_keeps_its_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF encode(sha256(NEW.content), 'hex') <> NEW.sha256 AND NOT pg_has_role(session_user,
            (SELECT tableowner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME), 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s may not replace the bytes of photo %s with others', session_user, OLD.sha256);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER photo_content_name BEFORE UPDATE ON photo_content
    FOR EACH ROW EXECUTE FUNCTION photo_content_keeps_its_name();

-- A conflict is removed by 内业 only together with its site's place in the round (the same transaction takes the site
-- out of round_site, after its records): checked when the transaction commits.
CREATE FUNCTION conflict_removed_with_its_site() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM round_site r WHERE r.round_id = OLD.round_id AND r.site_id = OLD.site_id) THEN
        PERFORM civicinspect_require_role('civicinspect_supervisor', 'remove a conflict of a site still in its round');
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER conflict_removed AFTER DELETE ON finding_conflict
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION conflict_removed_with_its_site();
