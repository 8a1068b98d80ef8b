package org.openanolis.governance.vote;

import java.util.Set;

/**
 * What the vote needs to know of the case it decides: its name for mails, its proposer, and whom
 * DOMAIN.md's mandatory recusal excludes, by person and by organization.
 */
public record VoteCase(String name, String proposer, Set<String> recusedPeople, Set<String> recusedOrganizations) {
}
