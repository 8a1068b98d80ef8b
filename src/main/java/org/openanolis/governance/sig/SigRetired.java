package org.openanolis.governance.sig;

import java.util.List;

/**
 * Published in the transaction that retires a SIG, for the modules whose entries it sponsored: they pass to the
 * successor, or, without one, need a new sponsor. Listeners run in that transaction, so the handover is all or
 * nothing with the retirement.
 *
 * @param successorSig null when the SIG has no successor
 */
public record SigRetired(String sig, String successorSig, String caseId, String caseName, List<String> repositories) {
}
