package org.openanolis.governance.publishing.web;

import org.openanolis.governance.publishing.exports.DirectoryExports;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * The directory exports, public (no sign-in): the SIGs as the Kubernetes {@code sigs.yaml} and as openEuler's
 * {@code sig-info.yaml} per SIG, the projects as the CNCF landscape's {@code data.yml} and as a {@code .project}
 * file per project. An unknown SIG or project is a 404 problem.
 */
@RestController
@RequiredArgsConstructor
class DirectoryExportController {

    static final String YAML = "application/yaml;charset=UTF-8";

    private final DirectoryExports exports;

    @GetMapping(path = "/exports/kubernetes/sigs.yaml", produces = YAML)
    String kubernetesSigs() {
        return exports.kubernetesSigs();
    }

    @GetMapping(path = "/exports/openeuler/{sig}/sig-info.yaml", produces = YAML)
    String openEulerSigInfo(@PathVariable String sig) {
        return exports.openEulerSigInfo(sig)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.none", sig)));
    }

    @GetMapping(path = "/exports/landscape/data.yml", produces = YAML)
    String landscapeData() {
        return exports.landscapeData();
    }

    @GetMapping(path = "/exports/projects/{name}/project.yaml", produces = YAML)
    String projectYaml(@PathVariable String name) {
        return exports.projectYaml(name)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.project.none", name)));
    }
}
