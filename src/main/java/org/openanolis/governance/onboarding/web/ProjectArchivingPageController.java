package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.onboarding.ProjectArchiving;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** A project archiving's page, its diagram, withdrawal and comment form: the pages every case has. */
@PortalController
@RequestMapping("/project-archivings")
class ProjectArchivingPageController extends CasePortal<ProjectArchiving> {

    ProjectArchivingPageController(CaseKind<ProjectArchiving> kind, CasePageParts parts) {
        super(kind, parts, "case/project-archiving", "archiving");
    }
}
