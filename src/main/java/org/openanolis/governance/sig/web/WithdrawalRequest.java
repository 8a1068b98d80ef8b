package org.openanolis.governance.sig.web;

/** The body of POST .../withdrawal; the reason is optional. */
record WithdrawalRequest(String reason) {
}
