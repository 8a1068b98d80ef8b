package org.openanolis.governance.partner.process;

import org.openanolis.governance.task.TaskKind;

/** What partner-approval.bpmn's delegates read that its task kinds do not say alone. */
final class PartnerApprovalProcess {

    /**
     * Eligibility and technical verification share the {@code review} variables, so a rejection or a request for
     * changes after either reads the same ones.
     */
    static final TaskKind REVIEW = TaskKind.PARTNER_ELIGIBILITY;

    private PartnerApprovalProcess() {
    }
}
