package org.openanolis.governance.onboarding.web;

/** The body of POST .../withdrawal; the reason is optional. */
record WithdrawalRequest(String reason) {
}
