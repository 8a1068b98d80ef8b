package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectDirectory;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/projects")
@RequiredArgsConstructor
class ProjectDirectoryController {

    private final ProjectDirectory directory;

    @GetMapping
    Page<Project> list(PageRequest page) {
        return directory.list(page);
    }

    @GetMapping("/{name}")
    Project get(@PathVariable String name) {
        return directory.find(name).orElseThrow(() -> new NotFoundException("No accepted project " + name));
    }
}
