-- V16 (row versions) and V17 (photos' bytes) came after the group roles of V15, whose grants name the tables and
-- columns there were then: a merge by 内业 writes photos' bytes and raises the version of a conflict it adds answers to.
GRANT INSERT, UPDATE, DELETE ON photo_content TO civicinspect_office;
GRANT UPDATE (version) ON finding_conflict TO civicinspect_office;
