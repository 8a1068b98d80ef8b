package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.openanolis.governance.vote.VoteCase;

/**
 * How a kind of case meets the committee vote: what the vote must know of it (name, proposer, whom it recuses), and
 * the move the case makes at each of the vote's events. A null move means the case does nothing at that event
 * (its process carries an approval out itself, for instance).
 */
public record CommitteeDecision<C extends CaseRecord<?, ?>>(Function<C, VoteCase> subject,
                                                         BiConsumer<C, Instant> opened,
                                                         BiConsumer<C, Instant> approved,
                                                         BiConsumer<C, Instant> rejected,
                                                         BiConsumer<C, Instant> withoutQuorum) {

    /**
     * The usual hand-off: the case waits in {@code voting} (also when a vote re-runs after {@code noQuorum}), an
     * approval moves it to {@code approved}, a rejection to {@code rejected}, a missed quorum to {@code noQuorum}.
     */
    public static <S extends Enum<S> & CaseStatus, C extends CaseRecord<S, ?>> CommitteeDecision<C> of(
            Function<C, VoteCase> subject, S voting, S noQuorum, S approved, S rejected) {
        return afterCommentPeriod(subject, voting, voting, noQuorum, approved, rejected);
    }

    /** The hand-off of a {@link VotedCase} that goes straight to the vote. */
    public static <C extends VotedCase<?>> CommitteeDecision<C> straightToVote(Function<C, VoteCase> subject) {
        return of(subject, DecisionStatus.VOTING, DecisionStatus.NO_QUORUM, DecisionStatus.APPROVED,
                DecisionStatus.REJECTED);
    }

    /** The hand-off of a {@link VotedCase} that is open for public comment before its vote. */
    public static <C extends VotedCase<?>> CommitteeDecision<C> afterPublicComment(Function<C, VoteCase> subject) {
        return afterCommentPeriod(subject, DecisionStatus.COMMENT_PERIOD, DecisionStatus.VOTING,
                DecisionStatus.NO_QUORUM, DecisionStatus.APPROVED, DecisionStatus.REJECTED);
    }

    /**
     * The usual hand-off for a case that is open for public comment first: the vote opening ends the
     * {@code commentPeriod} (its process's timer opens the vote), and the rest goes as in {@link #of}.
     */
    public static <S extends Enum<S> & CaseStatus, C extends CaseRecord<S, ?>> CommitteeDecision<C> afterCommentPeriod(
            Function<C, VoteCase> subject, S commentPeriod, S voting, S noQuorum, S approved, S rejected) {
        return new CommitteeDecision<>(subject,
                (c, at) -> c.move(EnumSet.of(commentPeriod, voting, noQuorum), voting, at),
                (c, at) -> c.move(Set.of(voting), approved, at),
                (c, at) -> c.move(Set.of(voting), rejected, at),
                (c, at) -> c.move(Set.of(voting), noQuorum, at));
    }
}
