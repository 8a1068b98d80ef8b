package org.openanolis.governance.sig;

/**
 * Published in the transaction that moves a SIG in the directory: registered ACTIVE ({@code from} null), INACTIVE
 * after a long quiet, ACTIVE again on its next activity, or RETIRED. Listeners run in that transaction, so a move that
 * rolls back was never announced.
 */
public record SigStatusChanged(String sig, SigState from, SigState to) {
}
