package org.openanolis.governance.partner;

import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.vote.VoteCase;
import org.openanolis.governance.vote.VoteCases;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** A partner's revocation as the committee vote sees it: the same recusal as its listing. */
@Component
@RequiredArgsConstructor
class PartnerRevocationVoteCases implements VoteCases {

    private final PartnerRepository partners;
    private final PartnerVoteCases recusal;

    @Override
    public boolean decides(String caseType) {
        return Partner.CASE_TYPE.equals(caseType);
    }

    @Override
    public VoteCase describe(String caseType, String caseId) {
        Partner p = partners.find(caseId)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.partner.none", caseId)));
        return recusal.of(p.getCompany(), p.getApplicant(), p.getRevocationRequestedBy());
    }
}
