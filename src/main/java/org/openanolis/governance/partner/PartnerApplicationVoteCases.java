package org.openanolis.governance.partner;

import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.vote.VoteCase;
import org.openanolis.governance.vote.VoteCases;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** A partner application as the committee vote sees it. */
@Component
@RequiredArgsConstructor
class PartnerApplicationVoteCases implements VoteCases {

    private final PartnerApplicationRepository applications;
    private final PartnerVoteCases recusal;

    @Override
    public String caseType() {
        return PartnerApplication.CASE_TYPE;
    }

    @Override
    public VoteCase describe(String caseId) {
        PartnerApplication a = applications.find(caseId)
                .orElseThrow(() -> new NotFoundException("No partner application " + caseId));
        return recusal.of(a.getCompany(), a.getApplicant(), a.getApplicant());
    }
}
