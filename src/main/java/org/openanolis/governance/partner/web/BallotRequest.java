package org.openanolis.governance.partner.web;

import org.openanolis.governance.vote.BallotChoice;

/** The body of POST .../ballots. */
record BallotRequest(BallotChoice vote, String reason) {
}
