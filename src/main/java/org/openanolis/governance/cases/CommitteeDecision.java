package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.openanolis.governance.vote.VoteCase;

/**
 * How a kind of case meets the committee vote: what the vote must know of it (name, proposer, whom it recuses), and
 * the move the case makes at each of the vote's events. A null move means the case does nothing at that event
 * (its process carries an approval out itself, for instance).
 */
public record CommitteeDecision<C extends CaseRecord<?>>(Function<C, VoteCase> subject,
                                                         BiConsumer<C, Instant> opened,
                                                         BiConsumer<C, Instant> approved,
                                                         BiConsumer<C, Instant> rejected,
                                                         BiConsumer<C, Instant> withoutQuorum) {
}
