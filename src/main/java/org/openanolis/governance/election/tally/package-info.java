/**
 * The count of an election, pure Java so anyone can check it: the Schulze method over ranked ballots, the published
 * tie-break order, seats filled under the organization cap, and the counted ballots as CSV for recounts.
 */
package org.openanolis.governance.election.tally;
