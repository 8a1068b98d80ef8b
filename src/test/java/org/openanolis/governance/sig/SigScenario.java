package org.openanolis.governance.sig;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.openanolis.governance.support.CaseScenario;
import org.openanolis.governance.task.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps of SIG creation as people take them, for scenario tests to read like the process. */
abstract class SigScenario extends CaseScenario<SigProposal, SigStatus> {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    protected SigProposals proposals;
    @Autowired
    protected SigDirectory directory;

    /** A fresh, valid SIG name per test, since the tests share one database. */
    protected static String uniqueName(String stem) {
        return "sig-" + stem + "-" + NAMES.incrementAndGet();
    }

    protected static SigProposalForm form(String name, List<String> chairs, List<String> techLeads) {
        return new SigProposalForm(name, "Confidential AI", "Confidential computing for AI workloads.",
                "TEE runtimes, attestation", null, chairs, techLeads, chairs.get(0), "BIWEEKLY", null,
                List.of(name + "/runtime"));
    }

    /** Paul proposes a SIG chaired by Quinn and Rita: nobody on the committee is recused. */
    protected SigProposal propose(String name) {
        return proposals.submit(form(name, List.of("quinn", "rita"), List.of()), "paul");
    }

    protected SigProposal acceptedForVote(String name) {
        SigProposal p = propose(name);
        complete("olivia", p.getId(), TaskKind.SIG_TRIAGE, "ACCEPT", null);
        return p;
    }

    protected ProcessInstance sigProcess(SigProposal p) {
        return process(p, "sigCreation");
    }

    protected ProcessInstance voteProcess(SigProposal p) {
        return process(p, "committeeVote");
    }

}
