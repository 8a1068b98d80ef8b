/**
 * The count of an election, pure Java (DOMAIN.md "Tally"): the Schulze method over ranked ballots, the published
 * tie-break order, seats filled down the ranking within the organization cap, and the ballots as CSV for a recount.
 */
package org.openanolis.governance.election.tally;
