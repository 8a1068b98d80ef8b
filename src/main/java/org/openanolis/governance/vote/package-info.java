/** The committee vote: electorate, tally, thresholds, ballots, and its process glue. */
package org.openanolis.governance.vote;
