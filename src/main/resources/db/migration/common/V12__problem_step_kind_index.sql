-- Steps of one kind (deadline changes, failed rechecks of a round) are read for every 问题清单; without this index
-- each read walked every step of every problem.
CREATE INDEX ix_problem_step_kind ON problem_step (kind, round_id);
