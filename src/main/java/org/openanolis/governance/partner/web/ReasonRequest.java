package org.openanolis.governance.partner.web;

/** The body of POST /api/partners/{id}/revocation: the reason, required. */
record ReasonRequest(String reason) {
}
