-- 督办提醒: the messages the office sent to units about their yellow and red problems, one row per recipient of each
-- sending, so that what was sent, to whom and when stays on record. The message is kept as it was sent.

CREATE TABLE escalation_notice (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    sent_at       VARCHAR(30)  NOT NULL,
    sent_by       TEXT         NOT NULL,
    unit_name     TEXT         NOT NULL,
    recipient     TEXT         NOT NULL,
    phone         TEXT         NOT NULL,
    escalation    VARCHAR(10)  NOT NULL,
    problems      INTEGER      NOT NULL,
    message       TEXT         NOT NULL
);

CREATE INDEX ix_escalation_notice_unit ON escalation_notice (unit_name, sent_at);
