package org.openanolis.governance.partner;

import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.TaskCompletionGuard;
import org.openanolis.governance.task.TaskKind;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Refuses a technical verification's ACCEPT (409, naming each product that falls short) unless every report has
 * no failed and no pending test and a supported base release: the reviewer must request changes or reject.
 */
@Component
@RequiredArgsConstructor
class PartnerVerificationGuard implements TaskCompletionGuard {

    private final PartnerApplications applications;

    @Override
    public void check(TaskKind kind, String caseType, String caseId, String outcome) {
        if (kind != TaskKind.TECHNICAL_VERIFICATION || !"ACCEPT".equals(outcome)
                || !PartnerApplication.CASE_TYPE.equals(caseType)) {
            return;
        }
        Verification verification = applications.verification(caseId);
        if (!verification.passed()) {
            throw new ConflictException(Languages.text("error.partner.verification-accepts-passing-only"),
                    verification.problems());
        }
    }
}
