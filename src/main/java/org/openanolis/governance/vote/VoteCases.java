package org.openanolis.governance.vote;

/**
 * Implemented where cases the committee decides are kept, so the one vote serves them all without knowing SIGs,
 * projects or partners.
 */
public interface VoteCases {

    /** Whether this implementation answers for cases of this type (SIG_PROPOSAL, PARTNER, ...). */
    boolean decides(String caseType);

    /** The case as the vote sees it; NotFoundException when there is no such case. */
    VoteCase describe(String caseType, String caseId);
}
