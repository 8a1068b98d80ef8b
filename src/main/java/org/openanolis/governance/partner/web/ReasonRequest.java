package org.openanolis.governance.partner.web;

/** The body of POST .../withdrawal (reason optional) and POST /api/partners/{id}/revocation (reason required). */
record ReasonRequest(String reason) {
}
