package org.openanolis.governance.onboarding;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposalForm;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.support.CaseScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.vote.BallotChoice;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps of project onboarding as people take them, for scenario tests to read like the process. */
public abstract class ProjectScenario extends CaseScenario<ProjectProposal, ProjectProposalStatus> {

    private static final AtomicInteger NAMES = new AtomicInteger();
    /** The ACTIVE SIG that sponsors the tests' projects (chairs quinn and rita), created once per database. */
    private static volatile String sponsor;

    @Autowired
    protected ProjectProposals proposals;
    @Autowired
    protected ProjectDirectory directory;
    @Autowired
    protected SigProposals sigProposals;
    @Autowired
    protected SigDirectory sigDirectory;
    @Autowired
    protected ProjectStageChanges stageChanges;

    @BeforeEach
    void createTheSponsorOnce() {
        sponsor();
        EngineDriver.resetClock();
    }

    /** The sponsoring SIG, driven through SIG creation like any other: proposal, triage, vote, provisioning. */
    protected String sponsor() {
        // Another application context has its own database, and a test may retire the SIG: it is created again then.
        if (sponsor == null || !sigDirectory.isLive(sponsor)) {
            String name = activeSig("sig-sponsor-" + (System.nanoTime() % 1_000_000), List.of("quinn", "rita"));
            sponsor = name;
        }
        return sponsor;
    }

    /** An ACTIVE SIG with these chairs, driven through SIG creation: proposal, triage, vote, provisioning. */
    protected String activeSig(String name, List<String> chairs) {
        SigProposal s = sigProposals.submit(new SigProposalForm(name, "Sponsors", "Sponsors the projects of the tests.",
                "projects", null, chairs, List.of(), chairs.get(0), "MONTHLY", null, List.of()), "paul");
        complete("olivia", s.getId(), TaskKind.SIG_TRIAGE, "ACCEPT", null);
        for (String member : List.of("bob", "carol", "dave", "erin", "frank", "grace", "alice").stream()
                .filter(m -> !chairs.contains(m)).limit(5).toList()) {
            ballots.cast(SigProposal.CASE_TYPE, s.getId(), member, BallotChoice.APPROVE, null);
        }
        engine.passTime(s.getId(), Duration.ofHours(72));
        complete("olivia", s.getId(), TaskKind.SIG_PROVISIONING, "DONE", null);
        return name;
    }

    /** A fresh, valid project name per test, since the tests share one database. */
    protected static String uniqueName(String stem) {
        return stem + "-" + NAMES.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    /** A description of 120 words. */
    protected static String description() {
        return String.join(" ", Collections.nCopies(120, "word"));
    }

    protected ProjectProposalForm form(String name, String license, String origin, List<String> maintainers) {
        return new ProjectProposalForm(name, "A container runtime for confidential workloads", description(),
                "https://git.example.org/" + name, "https://" + name + ".example.org", license, sponsor(), maintainers,
                "security@example.org", "https://example.org/code-of-conduct", origin);
    }

    /**
     * Paul proposes an Apache-2.0 project from the Community Foundation, maintained by Sara and Tom. Paul's own
     * organization (Acme Cloud) is recused: Alice and Frank, so E = 5.
     */
    protected ProjectProposal propose(String name) {
        return propose(name, List.of("sara", "tom"));
    }

    protected ProjectProposal propose(String name, List<String> maintainers) {
        return proposals.submit(form(name, "Apache-2.0", "Community Foundation", maintainers), "paul");
    }

    protected ProjectProposal endorsed(String name) {
        return endorse(propose(name));
    }

    protected ProjectProposal inVote(String name) {
        return passDueDiligence(endorsed(name));
    }

    /** All five eligible members approve; once min-open has passed the outcome cannot change. */
    protected ProjectProposal approved(String name) {
        return approve(inVote(name));
    }

    protected ProjectProposal onboarding(String name) {
        return confirmAgreement(approved(name));
    }

    /** Onboarded to the end: the checklist done, the project in the directory as SANDBOX. */
    protected ProjectProposal accepted(String name) {
        return completeChecklist(onboarding(name));
    }

    /** Onboarded to the end with these maintainers; Paul proposes it, so Acme Cloud is recused whoever they are. */
    protected ProjectProposal accepted(String name, List<String> maintainers) {
        return completeChecklist(confirmAgreement(approve(passDueDiligence(endorse(propose(name, maintainers))))));
    }

    private ProjectProposal endorse(ProjectProposal p) {
        complete("quinn", p.getId(), TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
        return p;
    }

    private ProjectProposal passDueDiligence(ProjectProposal p) {
        complete("olivia", p.getId(), TaskKind.TECHNICAL_DUE_DILIGENCE, "ACCEPT", null);
        complete("olivia", p.getId(), TaskKind.LEGAL_DUE_DILIGENCE, "ACCEPT", null);
        return p;
    }

    private ProjectProposal approve(ProjectProposal p) {
        voteAll(p, BallotChoice.APPROVE, "bob", "carol", "dave", "erin", "grace");
        passTime(p, Duration.ofHours(72));
        return p;
    }

    private ProjectProposal confirmAgreement(ProjectProposal p) {
        complete("paul", p.getId(), TaskKind.AGREEMENT_CONFIRMATION, "SIGNED", null);
        return p;
    }

    private ProjectProposal completeChecklist(ProjectProposal p) {
        for (int item = 0; item < 3; item++) {
            complete("olivia", p.getId(), TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE", null);
        }
        return p;
    }

    /**
     * Evidence that passes for {@code target}: two adopters and a release for INCUBATING, three adopters and a
     * security audit for GRADUATED.
     */
    protected static StageChangeForm evidence(String project, ProjectStage target) {
        boolean graduating = target == ProjectStage.GRADUATED;
        return new StageChangeForm(project, target.name(),
                graduating ? List.of("Globex", "Initech", "Hooli") : List.of("Globex", "Initech"),
                "https://" + project + ".example.org/security",
                graduating ? null : "https://git.example.org/" + project + "/releases/1.0",
                graduating ? "https://audits.example.org/" + project : null);
    }

    /** A maintainer proposes the project's move to INCUBATING, and Quinn endorses it for the sponsoring SIG. */
    protected String stageChangeEndorsed(String project, String maintainer) {
        String id = stageChanges.submit(evidence(project, ProjectStage.INCUBATING), maintainer).getId();
        complete("quinn", id, TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
        return id;
    }

    protected ProcessInstance onboardingProcess(ProjectProposal p) {
        return process(p, "projectOnboarding");
    }

}
