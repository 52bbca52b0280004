-- Sites and their administrative areas, responsible units, people and teams, rounds with their draw.

CREATE TABLE admin_area (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    parent_id  VARCHAR(36)  REFERENCES admin_area (id),
    level      VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX uq_admin_area_child ON admin_area (parent_id, name);

CREATE TABLE responsible_unit (
    id    VARCHAR(36)  NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    CONSTRAINT uq_responsible_unit_name UNIQUE (name)
);

CREATE TABLE site (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    site_type_id         VARCHAR(36)  NOT NULL REFERENCES site_type (id),
    district_id          VARCHAR(36)  NOT NULL REFERENCES admin_area (id),
    street_id            VARCHAR(36)  REFERENCES admin_area (id),
    community_id         VARCHAR(36)  REFERENCES admin_area (id),
    address              VARCHAR(300) NOT NULL,
    responsible_unit_id  VARCHAR(36)  REFERENCES responsible_unit (id),
    partner_unit_id      VARCHAR(36)  REFERENCES responsible_unit (id),
    latitude             VARCHAR(20),
    longitude            VARCHAR(20),
    must_check           SMALLINT     NOT NULL,
    active               SMALLINT     NOT NULL,
    updated_at           VARCHAR(30)  NOT NULL,
    CONSTRAINT uq_site_identity UNIQUE (district_id, name, site_type_id)
);
CREATE INDEX ix_site_type ON site (site_type_id);

CREATE TABLE team (
    id    VARCHAR(36)  NOT NULL PRIMARY KEY,
    name  VARCHAR(100) NOT NULL,
    CONSTRAINT uq_team_name UNIQUE (name)
);

CREATE TABLE person (
    id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    phone    VARCHAR(40),
    role     VARCHAR(20)  NOT NULL,
    team_id  VARCHAR(36)  REFERENCES team (id)
);

CREATE TABLE evaluation_round (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    start_date        VARCHAR(10)   NOT NULL,
    end_date          VARCHAR(10)   NOT NULL,
    indicator_set_id  VARCHAR(36)   NOT NULL REFERENCES indicator_set (id),
    status            VARCHAR(20)   NOT NULL,
    notes             VARCHAR(2000) NOT NULL,
    created_at        VARCHAR(30)   NOT NULL,
    draw_seed         BIGINT,
    exclude_recent    INTEGER,
    drawn_at          VARCHAR(30),
    CONSTRAINT uq_round_name UNIQUE (name)
);

CREATE TABLE round_quota (
    round_id    VARCHAR(36)  NOT NULL REFERENCES evaluation_round (id),
    sort_order  INTEGER      NOT NULL,
    site_type   VARCHAR(100) NOT NULL,
    district    VARCHAR(100),
    quota       INTEGER      NOT NULL,
    PRIMARY KEY (round_id, sort_order)
);

CREATE TABLE round_site (
    round_id    VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    site_id     VARCHAR(36) NOT NULL REFERENCES site (id),
    reason      VARCHAR(20) NOT NULL,
    team_id     VARCHAR(36) REFERENCES team (id),
    sort_order  INTEGER     NOT NULL,
    PRIMARY KEY (round_id, site_id)
);
CREATE INDEX ix_round_site_site ON round_site (site_id);
