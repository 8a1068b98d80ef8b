package org.openanolis.governance.system;

import java.io.IOException;

/** A request body beyond the API's 256 KiB: answered 413. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super(Languages.text("error.body-too-large", limit / 1024));
    }
}
