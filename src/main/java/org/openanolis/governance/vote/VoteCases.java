package org.openanolis.governance.vote;

/**
 * Implemented by each module whose cases the committee decides, so the one vote serves them all
 * without knowing SIGs, projects or partners.
 */
public interface VoteCases {

    /** The case type this module answers for: SIG_PROPOSAL, PROJECT_PROPOSAL, PARTNER_APPLICATION, PARTNER. */
    String caseType();

    VoteCase describe(String caseId);
}
