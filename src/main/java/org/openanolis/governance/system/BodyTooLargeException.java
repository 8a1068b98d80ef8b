package org.openanolis.governance.system;

import java.io.IOException;

/** A request body beyond the API's 256 KiB: answered 413. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + (limit / 1024) + " KiB");
    }
}
