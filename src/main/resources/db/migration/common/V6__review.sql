-- Review: the comments a supervisor returns an inspection with, one per finding, kept as a history.

CREATE TABLE review_comment (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    round_id       VARCHAR(36)   NOT NULL REFERENCES evaluation_round (id),
    site_id        VARCHAR(36)   NOT NULL REFERENCES site (id),
    standard_code  VARCHAR(50)   NOT NULL,
    comment        VARCHAR(2000) NOT NULL,
    reviewer       VARCHAR(100)  NOT NULL,
    made_at        VARCHAR(30)   NOT NULL
);

CREATE INDEX ix_review_comment_inspection ON review_comment (round_id, site_id, made_at);
