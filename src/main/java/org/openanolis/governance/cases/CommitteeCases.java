package org.openanolis.governance.cases;

import org.openanolis.governance.vote.VoteCase;
import org.openanolis.governance.vote.VoteCases;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Every kind of case the committee decides, as its vote sees it: the kind's own {@link CommitteeDecision#subject}. */
@Component
@RequiredArgsConstructor
class CommitteeCases implements VoteCases {

    private final CaseKinds kinds;

    @Override
    public boolean decides(String caseType) {
        return kinds.byKey(caseType).filter(kind -> kind.decision() != null).isPresent();
    }

    @Override
    public VoteCase describe(String caseType, String caseId) {
        return subject(kinds.byKey(caseType).orElseThrow(), caseId);
    }

    private static <C extends CaseRecord<?, ?>> VoteCase subject(CaseKind<C> kind, String caseId) {
        return kind.decision().subject().apply(kind.find(caseId));
    }
}
