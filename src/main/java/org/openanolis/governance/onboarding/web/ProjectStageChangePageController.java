package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.onboarding.ProjectStageChange;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** A project stage change's page, its diagram, withdrawal and comment form: the pages every case has. */
@PortalController
@RequestMapping("/project-stage-changes")
class ProjectStageChangePageController extends CasePortal<ProjectStageChange> {

    ProjectStageChangePageController(CaseKind<ProjectStageChange> kind, CasePageParts parts) {
        super(kind, parts, "case/project-stage-change", "change");
    }
}
