package org.civicinspect.store;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What the database, not the request, stood in the way of, told apart for either engine: SQLite names it by a result
 * code, PostgreSQL by an SQL state.
 */
public enum DatabaseTrouble {
    /** Another writer holds what this work needs (SQLite busy or locked; PostgreSQL lock, serialisation or deadlock). */
    BUSY,
    /** The disk under the database is full. */
    DISK_FULL,
    /** The database may be read but not written. */
    READ_ONLY;

    // SQLite's primary result codes (the low byte of an extended code).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;

    public static Optional<DatabaseTrouble> of(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.length() == 5) {
            return switch (state) {
                case "55P03", "40001", "40P01" -> Optional.of(BUSY);
                case "53100" -> Optional.of(DISK_FULL);
                case "25006" -> Optional.of(READ_ONLY);
                default -> Optional.empty();
            };
        }
        return switch (e.getErrorCode() & 0xff) {
            case SQLITE_BUSY, SQLITE_LOCKED -> Optional.of(BUSY);
            case SQLITE_FULL -> Optional.of(DISK_FULL);
            case SQLITE_READONLY -> Optional.of(READ_ONLY);
            default -> Optional.empty();
        };
    }
}
