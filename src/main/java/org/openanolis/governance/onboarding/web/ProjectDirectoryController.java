package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectDirectory;
import org.openanolis.governance.system.DirectoryApi;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The accepted projects in the API. */
@RestController
@RequestMapping("/api/projects")
class ProjectDirectoryController extends DirectoryApi<Project> {

    ProjectDirectoryController(ProjectDirectory directory) {
        super(directory, "error.project.no-accepted");
    }
}
