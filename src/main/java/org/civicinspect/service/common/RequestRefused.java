package org.civicinspect.service.common;

import java.util.List;

/** A request a user made that cannot be carried out; the message key and arguments say why, in their language. */
public class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;

    public RequestRefused(String messageKey, Object... args) {
        super(messageKey);
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
