-- On a server the photos' bytes live in the database, by the SHA-256 of their bytes, so that the database is the one
-- thing to back up and a merge keeps its photos all or none with its rows. A photo's row (photo) and its bytes are
-- written in the same transaction; verify names a row without bytes, and bytes that do not have their hash.
CREATE TABLE photo_content (
    sha256  TEXT  PRIMARY KEY,
    content BYTEA NOT NULL
);
