package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.onboarding.ArchivingProposal;
import org.openanolis.governance.onboarding.ProjectArchiving;
import org.openanolis.governance.onboarding.ProjectArchivings;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Project archivings in the API: the shared verbs of every case, comments during the comment period among them. */
@RestController
@RequestMapping("/api/project-archivings")
class ProjectArchivingController
        extends CaseApi<ProjectArchiving, DecisionStatus, ArchivingProposal, ProjectArchivingView> {

    ProjectArchivingController(CaseKind<ProjectArchiving> kind, CaseApiParts parts, ProjectArchivings archivings) {
        super(kind, parts, archivings, ProjectArchivingView::of);
    }
}
