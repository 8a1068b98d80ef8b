package org.openanolis.governance.bench;

import java.util.function.LongConsumer;

/**
 * One way of taking a SIG proposal through its whole life (issue 7, figure 1): proposed, accepted in triage, five
 * approving ballots of the demo committee of seven, provisioned. The product does it over HTTP, the bare engine
 * through its Java API.
 */
public interface SigLifecycle {

    /** The five members who vote: with the committee's seven, five approvals make quorum and decide the vote. */
    String[] VOTERS = {"alice", "bob", "carol", "dave", "erin"};

    /** Takes case number {@code index} from its proposal to a provisioned SIG, telling each ballot's duration. */
    void run(int index, LongConsumer ballotNanos) throws Exception;
}
