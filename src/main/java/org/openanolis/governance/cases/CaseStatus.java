package org.openanolis.governance.cases;

/** What the lifecycle needs of a case type's statuses, implemented by each type's status enum. */
public interface CaseStatus {

    /** What the mechanism makes of this status; see {@link StatusKinds} to declare them. */
    StatusKind kind();

    default CasePhase phase() {
        return kind().phase();
    }

    /** Whether the proposer is asked for changes in this status: the only one a revision leaves. */
    default boolean awaitsRevision() {
        return kind() == StatusKind.AWAITING_REVISION;
    }

    /** Whether the case is in its public comment period, the only time it takes comments. */
    default boolean takesComments() {
        return kind() == StatusKind.COMMENT_PERIOD;
    }

    /** Open cases can still be withdrawn, and count against their proposer's limit. */
    default boolean isOpen() {
        return phase() != CasePhase.CLOSED;
    }
}
