package org.openanolis.governance.vote;

import java.util.List;

import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposalForm;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.task.Inbox;
import org.openanolis.governance.task.TaskKind;

/** A SIG proposal by Paul, chaired by non-members, accepted in triage: its vote is open to all seven members. */
final class ProposalInVote {

    private ProposalInVote() {
    }

    static SigProposal open(SigProposals proposals, Inbox inbox, String name) {
        SigProposal p = proposals.submit(new SigProposalForm(name, "Vote test", "A vote to watch.", "Ballots", null,
                List.of("quinn", "rita"), List.of(), "quinn", "WEEKLY", null, List.of()), "paul");
        String triage = inbox.openTasksOf("olivia").stream()
                .filter(t -> t.caseId().equals(p.getId()) && t.kind() == TaskKind.SIG_TRIAGE).findFirst().orElseThrow().id();
        inbox.complete(triage, "olivia", "ACCEPT", null);
        return p;
    }
}
