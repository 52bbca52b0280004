-- In a unit's own workspace: the problems the office dispatched to the unit in unit task packages (派单 by package),
-- as they were sent, one row per problem of each batch, and the unit's answer to each (认领人, phone, measures, the day
-- the fix was done, photos after it) until the unit's reply package carries it to the office. The office's own
-- problem tables stay empty here: these rows are what the unit was sent, not problems it follows itself.

CREATE TABLE unit_problem (
    batch_id       VARCHAR(36)  NOT NULL,
    problem_id     VARCHAR(36)  NOT NULL,
    number         VARCHAR(36)  NOT NULL,
    source         TEXT         NOT NULL,
    place          TEXT         NOT NULL,
    standard       TEXT         NOT NULL,
    description    TEXT         NOT NULL,
    deadline       VARCHAR(10)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    escalation     VARCHAR(20)  NOT NULL,
    return_reason  TEXT         NOT NULL,
    photos_before  TEXT         NOT NULL,
    claimant       TEXT,
    phone          TEXT,
    measures       TEXT,
    completed_on   VARCHAR(10),
    photos_after   TEXT,
    answered_at    VARCHAR(30),
    answered_by    TEXT,
    PRIMARY KEY (batch_id, problem_id)
);
