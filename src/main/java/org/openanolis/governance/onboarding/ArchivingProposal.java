package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.CaseDetails;

/** What an archiving proposes: the project to archive and why. Also the body of POST /api/project-archivings. */
public record ArchivingProposal(String project, String reason) implements CaseDetails {

    @Override
    public String caseName() {
        return project + " archiving";
    }
}
