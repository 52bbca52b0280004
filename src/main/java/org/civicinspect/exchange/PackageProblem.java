package org.civicinspect.exchange;

import java.util.List;

/** Why a package cannot be taken in (or made): a message key and its arguments, naming the file and entry at fault. */
public final class PackageProblem extends Exception {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;

    public PackageProblem(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
