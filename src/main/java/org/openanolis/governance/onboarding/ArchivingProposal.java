package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.CaseDetails;
import org.springframework.context.MessageSourceResolvable;

/** What an archiving proposes: the project to archive and why. Also the body of POST /api/project-archivings. */
public record ArchivingProposal(String project, String reason) implements CaseDetails {

    @Override
    public String caseName() {
        return project + " archiving";
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.project-archiving", caseName(), project);
    }
}
