package org.openanolis.governance.sig;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;

/**
 * A proposal to create a SIG: the {@link SigCharter} it proposes. Its state changes only through the methods below,
 * each of which refuses a move that Process 1 does not allow.
 */
public class SigProposal extends CaseRecord<SigStatus, SigCharter> {

    public static final String CASE_TYPE = "SIG_PROPOSAL";

    public SigProposal(CaseHeader<SigStatus> header, SigCharter charter) {
        super(SigCaseType.SIG_PROPOSAL, header, charter);
    }

    /** The proposer's revised charter replaces the one they submitted, and triage looks at it again. */
    void revise(SigCharter revised, Instant at) {
        revise(Set.of(SigStatus.CHANGES_REQUESTED), SigStatus.TRIAGE, revised, at);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("displayName", getDetails().displayName());
        model.put("mailingList", getDetails().mailingList());
    }

    void accept(Instant at) {
        triaged(SigStatus.VOTING, at);
    }

    void requestChanges(Instant at) {
        triaged(SigStatus.CHANGES_REQUESTED, at);
    }

    void rejectInTriage(Instant at) {
        triaged(SigStatus.REJECTED, at);
    }

    /** Triage's three outcomes leave TRIAGE alone. */
    private void triaged(SigStatus outcome, Instant at) {
        move(Set.of(SigStatus.TRIAGE), outcome, at);
    }

    void approve(Instant at) {
        move(Set.of(SigStatus.PROVISIONING), SigStatus.APPROVED, at);
    }

    void expire(Instant at) {
        move(Set.of(SigStatus.CHANGES_REQUESTED, SigStatus.VOTING, SigStatus.NO_QUORUM), SigStatus.EXPIRED, at);
    }

    /** Everyone the vote must recuse: the proposer and the proposed chairs and tech leads. */
    public Set<String> involvedPeople() {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(getProposer());
        involved.addAll(getDetails().chairs());
        involved.addAll(getDetails().techLeads());
        return involved;
    }
}
