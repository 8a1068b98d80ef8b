package org.openanolis.governance.cases;

/** The body of {@code POST /api/{collection}/{id}/withdrawal}; the reason is optional. */
public record WithdrawalRequest(String reason) {
}
