-- 包联 of an area: a district and street, or a community within one, names the 包联单位 and 包联领导 who answer for the
-- problems there that no site's own 包联 claims (a problem at a site without one, or at a free address). Names are
-- kept as text, as on the site workbook; '' for no community means the whole street.

CREATE TABLE partner_area (
    district        TEXT  NOT NULL,
    street          TEXT  NOT NULL,
    community       TEXT  NOT NULL DEFAULT '',
    partner_unit    TEXT  NOT NULL DEFAULT '',
    partner_leader  TEXT  NOT NULL DEFAULT '',
    PRIMARY KEY (district, street, community)
);
