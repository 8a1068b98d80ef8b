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
        return proposals.submit(form(name, "Apache-2.0", "Community Foundation", List.of("sara", "tom")), "paul");
    }

    protected ProjectProposal endorsed(String name) {
        ProjectProposal p = propose(name);
        complete("quinn", p.getId(), TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
        return p;
    }

    protected ProjectProposal inVote(String name) {
        ProjectProposal p = endorsed(name);
        complete("olivia", p.getId(), TaskKind.TECHNICAL_DUE_DILIGENCE, "ACCEPT", null);
        complete("olivia", p.getId(), TaskKind.LEGAL_DUE_DILIGENCE, "ACCEPT", null);
        return p;
    }

    /** All five eligible members approve; once min-open has passed the outcome cannot change. */
    protected ProjectProposal approved(String name) {
        ProjectProposal p = inVote(name);
        voteAll(p, BallotChoice.APPROVE, "bob", "carol", "dave", "erin", "grace");
        passTime(p, Duration.ofHours(72));
        return p;
    }

    protected ProjectProposal onboarding(String name) {
        ProjectProposal p = approved(name);
        complete("paul", p.getId(), TaskKind.AGREEMENT_CONFIRMATION, "SIGNED", null);
        return p;
    }

    /** Onboarded to the end: the checklist done, the project in the directory as SANDBOX. */
    protected ProjectProposal accepted(String name) {
        ProjectProposal p = onboarding(name);
        for (int item = 0; item < 3; item++) {
            complete("olivia", p.getId(), TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE", null);
        }
        return p;
    }

    protected ProcessInstance onboardingProcess(ProjectProposal p) {
        return process(p, "projectOnboarding");
    }

}
