package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.RevisableCaseApi;
import org.openanolis.governance.onboarding.ProjectStageChange;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.openanolis.governance.onboarding.StageChangeForm;
import org.openanolis.governance.onboarding.StageChangeStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Project stage changes in the API: the shared verbs of every case, the proposer's revision and comments among them. */
@RestController
@RequestMapping("/api/project-stage-changes")
class ProjectStageChangeController
        extends RevisableCaseApi<ProjectStageChange, StageChangeStatus, StageChangeForm, ProjectStageChangeView> {

    ProjectStageChangeController(CaseKind<ProjectStageChange> kind, CaseApiParts parts, ProjectStageChanges changes) {
        super(kind, parts, changes, changes, ProjectStageChangeView::of);
    }
}
