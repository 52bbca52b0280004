-- The rules of rectification live in the workspace beside the per-standard days (deadline_rule): days to fix by
-- default, days overdue before a problem turns red, failed rechecks before it turns red, and whether closing by hand
-- needs evidence. One row per rule; a workspace that has none yet carries over what its settings file held, once.
CREATE TABLE rectification_rule (
    name     VARCHAR(50)  NOT NULL PRIMARY KEY,
    value    VARCHAR(50)  NOT NULL,
    set_at   VARCHAR(30)  NOT NULL,
    set_by   VARCHAR(100) NOT NULL
);

-- The round whose review recorded a step (立案, 复发, 复查): a round's standing is read from the steps up to the last
-- one its review recorded, so later steps never rewrite it. Null for steps taken by hand.
ALTER TABLE problem_step ADD COLUMN round_id VARCHAR(36) REFERENCES evaluation_round (id);

UPDATE problem_step SET round_id = (SELECT p.round_id FROM problem p WHERE p.id = problem_step.problem_id)
 WHERE kind IN ('RAISED', 'RECURRED');

-- A recheck's note starts with the name of the round that made it.
UPDATE problem_step SET round_id = (SELECT r.id FROM evaluation_round r WHERE problem_step.note LIKE r.name || ' %'
                                     ORDER BY LENGTH(r.name) DESC LIMIT 1)
 WHERE kind IN ('RECHECK_PASSED', 'RECHECK_FAILED');

CREATE INDEX ix_problem_step_round ON problem_step (round_id);
