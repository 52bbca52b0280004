-- Roles in the database itself, so that a staff member who opens the workspace's database with another client still
-- cannot do what their role does not allow, and every audit entry names the database login that wrote it.
--
-- Three group roles (NOLOGIN), one inside the next, the same on every database of the server (roles are the
-- server's, not a database's; a dump restored elsewhere keeps its grants):
--   civicinspect_office      内业: reads everything; libraries, sites, rounds, packages, merges, reports, problem steps
--   civicinspect_supervisor  督查组长: what 内业 may, and approves or returns inspections, resolves conflicts, corrects
--                            approved answers, closes (or reopens) problems
--   civicinspect_admin       管理员: what 督查组长 may, and the people registry and the rectification rules; may give
--                            staff logins the two roles below it
-- Whether a staff member may open a workspace at all is the database's CONNECT privilege.
--
-- Whoever opens the workspace first owns its tables and runs this: the group roles are created only when missing
-- (which needs CREATEROLE), the grants are the owner's to give, and nothing here needs a superuser later.

DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['civicinspect_office', 'civicinspect_supervisor', 'civicinspect_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN INHERIT', role_name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another workspace on the server made it at the same moment
            END;
        END IF;
    END LOOP;
END
$$;

DO $$
BEGIN
    IF NOT pg_has_role('civicinspect_supervisor', 'civicinspect_office', 'MEMBER') THEN
        GRANT civicinspect_office TO civicinspect_supervisor;
    END IF;
    IF NOT pg_has_role('civicinspect_admin', 'civicinspect_supervisor', 'MEMBER') THEN
        GRANT civicinspect_supervisor TO civicinspect_admin;
    END IF;
    -- Administrators give staff logins their roles (people grant).
    GRANT civicinspect_office, civicinspect_supervisor TO civicinspect_admin WITH ADMIN OPTION;
    -- The owner of the tables is the workspace's first administrator, where the server lets it say so.
    IF NOT pg_has_role(current_user, 'civicinspect_admin', 'MEMBER') THEN
        GRANT civicinspect_admin TO CURRENT_USER WITH ADMIN OPTION;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'the group roles were made by another administrator; the server''s owner grants civicinspect_admin to %', current_user;
END
$$;

-- Reading: every role reads every table (a login with none of them cannot open the workspace).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO civicinspect_office;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO civicinspect_office;
-- Tables a later version adds can be read at once; who may write them, that version's migration grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO civicinspect_office;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO civicinspect_office;

-- 内业's work.
GRANT INSERT, UPDATE, DELETE ON
    site_type, indicator_set, category, indicator, standard, standard_method, standard_site_type,
    admin_area, responsible_unit, site, team,
    evaluation_round, round_quota, round_site,
    inspection, finding, photo, finding_photo, negative_event,
    trusted_key, exchanged_package, finding_candidate,
    problem, problem_step, recheck_item
    TO civicinspect_office;
-- A merge raises conflicts and adds answers to open ones; removing a site from a round removes its conflicts and
-- review comments with it.
GRANT INSERT, DELETE ON finding_conflict TO civicinspect_office;
GRANT UPDATE (answers) ON finding_conflict TO civicinspect_office;
GRANT DELETE ON review_comment TO civicinspect_office;
-- Everyone's change is recorded; nobody's entry is changed or removed (V5's triggers refuse it even to the owner).
GRANT INSERT ON audit_entry TO civicinspect_office;
-- The rectification rules are written the first time anyone reads them (the defaults, or what an older settings
-- file held); changing one afterwards is the administrator's.
GRANT INSERT ON rectification_rule TO civicinspect_office;

-- 督查组长's decisions.
GRANT INSERT ON review_comment TO civicinspect_supervisor;
GRANT UPDATE (status, resolved_at, resolved_by, resolution, chosen_finding) ON finding_conflict TO civicinspect_supervisor;

-- 管理员's registry and rules.
GRANT INSERT, UPDATE, DELETE ON person, rectification_rule, deadline_rule TO civicinspect_admin;

-- Where a decision is a value in a row that 内业 may otherwise write, a trigger asks the database who is signed in.
CREATE FUNCTION civicinspect_require_role(needed text, what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(session_user, needed, 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s may not %s: that needs the role %s', session_user, what, needed), HINT = needed;
    END IF;
END
$$;

-- Approving or returning an inspection, or taking back an approval.
CREATE FUNCTION inspection_review_by_supervisor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'APPROVED' THEN
            PERFORM civicinspect_require_role('civicinspect_supervisor', 'remove an approved inspection');
        END IF;
        RETURN OLD;
    END IF;
    IF (TG_OP = 'INSERT' AND NEW.status IN ('APPROVED', 'RETURNED'))
        OR (TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
            AND (NEW.status IN ('APPROVED', 'RETURNED') OR OLD.status = 'APPROVED')) THEN
        PERFORM civicinspect_require_role('civicinspect_supervisor', 'approve or return an inspection');
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER inspection_review AFTER INSERT OR UPDATE OR DELETE ON inspection
    FOR EACH ROW EXECUTE FUNCTION inspection_review_by_supervisor();

-- An approved inspection's answers change only by a correction.
CREATE FUNCTION finding_of_approved_by_supervisor() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    round text;
    site text;
BEGIN
    IF pg_has_role(session_user, 'civicinspect_supervisor', 'MEMBER') THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        round := OLD.round_id;
        site := OLD.site_id;
    ELSE
        round := NEW.round_id;
        site := NEW.site_id;
    END IF;
    IF EXISTS (SELECT 1 FROM inspection i WHERE i.round_id = round AND i.site_id = site AND i.status = 'APPROVED') THEN
        PERFORM civicinspect_require_role('civicinspect_supervisor', 'change an answer of an approved inspection');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER finding_of_approved AFTER INSERT OR UPDATE OR DELETE ON finding
    FOR EACH ROW EXECUTE FUNCTION finding_of_approved_by_supervisor();

-- A conflict is raised open; only a 督查组长 settles it (the column grants above keep its status theirs on update).
CREATE FUNCTION conflict_raised_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status <> 'OPEN' THEN
        PERFORM civicinspect_require_role('civicinspect_supervisor', 'resolve a conflict');
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER conflict_raised AFTER INSERT ON finding_conflict
    FOR EACH ROW EXECUTE FUNCTION conflict_raised_open();

-- Closing a problem (销号) or reopening a closed one.
CREATE FUNCTION problem_closed_by_supervisor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.status = 'CLOSED')
        OR (TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status AND 'CLOSED' IN (NEW.status, OLD.status)) THEN
        PERFORM civicinspect_require_role('civicinspect_supervisor', 'close or reopen a problem');
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER problem_closed AFTER INSERT OR UPDATE ON problem
    FOR EACH ROW EXECUTE FUNCTION problem_closed_by_supervisor();

-- Each audit entry names the database login that wrote it; the hash covers it, so it cannot be changed afterwards
-- without breaking the chain, and nobody can write an entry in another login's name.
ALTER TABLE audit_entry ADD COLUMN login TEXT;

CREATE FUNCTION audit_entry_names_its_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.login IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s may not write an audit entry in the name of %s', session_user, coalesce(NEW.login, 'nobody'));
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_entry_login BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_names_its_login();
