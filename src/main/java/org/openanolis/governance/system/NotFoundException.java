package org.openanolis.governance.system;

/** An unknown id: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
