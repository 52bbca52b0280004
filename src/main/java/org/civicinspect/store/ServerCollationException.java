package org.civicinspect.store;

/** The server's database sorts text by a language's rules, not by code points as a workspace needs. */
public final class ServerCollationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerCollationException() {
        super("the database sorts text by a language's rules; a workspace needs one created with LC_COLLATE 'C'");
    }
}
