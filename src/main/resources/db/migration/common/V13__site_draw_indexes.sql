-- A draw reads, for each quota, the ids of the active sites of one type (in one district or all), and the active
-- must-check sites; without these indexes each draw walked all of a 20,000-site registry and sorted it by id.
-- The must-check index holds only the few must-check sites, so an import of many sites hardly pays for it.
CREATE INDEX ix_site_draw ON site (active, site_type_id, id, district_id);
CREATE INDEX ix_site_must_check ON site (active) WHERE must_check = 1;
