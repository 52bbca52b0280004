-- 负面清单: city-level events of a round that deduct points from the city total; never part of a site's score.

CREATE TABLE negative_event (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    round_id       VARCHAR(36)   NOT NULL REFERENCES evaluation_round (id),
    event_date     VARCHAR(10)   NOT NULL,
    standard_code  VARCHAR(50)   NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    deduction      VARCHAR(20)   NOT NULL,
    recorded_at    VARCHAR(30)   NOT NULL
);

CREATE INDEX ix_negative_event_round ON negative_event (round_id, event_date);
