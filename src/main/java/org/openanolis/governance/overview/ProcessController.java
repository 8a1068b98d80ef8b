package org.openanolis.governance.overview;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.openanolis.governance.system.BpmnNames;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import lombok.RequiredArgsConstructor;

/**
 * "How decisions are made": every governance process as the engine runs it, drawn from the deployed BPMN, so
 * anyone can read the rules before proposing. Open to everyone, like the directories.
 */
@PortalController
@RequiredArgsConstructor
class ProcessController {

    /** The processes a member meets, in the order they meet them; the committee vote is called by the others. */
    static final List<String> KEYS = List.of("sigCreation", "projectOnboarding", "partnerApproval", "committeeVote",
            "partnerCertificate", "partnerRevocation", "committeeMemberRemoval", "committeeAppointment",
            "sigLeadershipChange", "sigRetirement", "sigHealth", "sigAnnualReports", "sigAnnualReport",
            "projectStageChange", "projectArchiving",
            "projectSandboxReview", "projectSandboxReviews", "committeeElection");

    record ProcessSummary(String key, String name) {
    }

    private final RepositoryService repository;

    @GetMapping("/processes")
    String processes(Model model) {
        model.addAttribute("processes", KEYS.stream().map(k -> new ProcessSummary(k, latest(k).getName())).toList());
        return "portal/processes";
    }

    /** The deployed BPMN XML, which the diagram viewer draws, its steps named in the reader's language. */
    @GetMapping("/processes/{key}.bpmn")
    ResponseEntity<byte[]> bpmn(@PathVariable String key) throws IOException {
        if (!KEYS.contains(key)) {
            throw new NotFoundException(Languages.text("error.process.none", key));
        }
        try (InputStream xml = repository.getProcessModel(latest(key).getId())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .body(BpmnNames.inReadersLanguage(xml.readAllBytes()));
        }
    }

    private ProcessDefinition latest(String key) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new NotFoundException(Languages.text("error.process.none", key));
        }
        return definition;
    }
}
