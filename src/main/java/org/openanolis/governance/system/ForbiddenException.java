package org.openanolis.governance.system;

/** Signed in, but this person may never do this: answered 403, checked before the case's state. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
