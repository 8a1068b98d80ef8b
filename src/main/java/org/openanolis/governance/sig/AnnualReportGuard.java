package org.openanolis.governance.sig;

import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.TaskCompletionGuard;
import org.openanolis.governance.task.TaskKind;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Refuses an annual report's SUBMIT (409) until its achievements and plans are written: the text is too long to
 * travel with the task, so it is written on the report's own form, and Tasklist or the API only submit it.
 */
@Component
@RequiredArgsConstructor
class AnnualReportGuard implements TaskCompletionGuard {

    // The repository, not SigReports: that submits through the inbox, whose rules hold this guard.
    private final SigReportRepository reports;

    @Override
    public void check(TaskKind kind, String caseType, String caseId, String outcome) {
        if (kind != TaskKind.ANNUAL_REPORT || !SigCaseType.SIG.key().equals(caseType)) {
            return;
        }
        reports.open(caseId).filter(r -> blank(r.achievements()) || blank(r.plans())).ifPresent(r -> {
            throw new ConflictException(Languages.text("error.sig.report-first", r.year(), r.sig()));
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
