package org.civicinspect.store;

/** The workspace could not be read or written: a bug or an I/O failure, not a user's mistake. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
