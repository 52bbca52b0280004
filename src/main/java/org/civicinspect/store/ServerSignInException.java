package org.civicinspect.store;

import java.sql.SQLException;
import java.util.Optional;

/** The server did not let this login in, for a reason the user can act on. */
public final class ServerSignInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the server said no. */
    public enum Reason {
        /** The server asks for a password and none was given (none typed, none in {@code .pgpass}). */
        PASSWORD_NEEDED,
        /** The password or the login is wrong, or the server does not let this login in from here. */
        REFUSED,
        /** The server has no database of that name. */
        NO_SUCH_DATABASE,
        /** Nothing answered at that address. */
        UNREACHABLE
    }

    private final Reason reason;
    private final String address;

    ServerSignInException(Reason reason, String address, Throwable cause) {
        super(reason + " at " + address, cause);
        this.reason = reason;
        this.address = address;
    }

    public Reason reason() {
        return reason;
    }

    public String address() {
        return address;
    }

    /** The sign-in trouble {@code e} stands for, if it is one (else it is some other fault). */
    static Optional<ServerSignInException> of(Throwable e, String address) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Reason reason = switch (sql.getSQLState()) {
                    case "08004" -> passwordAskedFor(sql) ? Reason.PASSWORD_NEEDED : Reason.REFUSED;
                    case "28P01", "28000" -> Reason.REFUSED;
                    case "3D000" -> Reason.NO_SUCH_DATABASE;
                    case "08001", "08006" -> Reason.UNREACHABLE;
                    default -> null;
                };
                if (reason != null) {
                    return Optional.of(new ServerSignInException(reason, address, e));
                }
            }
        }
        return Optional.empty();
    }

    /** pgjdbc reports a password asked for and not given as a rejected connection, saying so only in its message. */
    private static boolean passwordAskedFor(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("no password was provided");
    }
}
