package org.openanolis.governance.vote.process;

/** Ids and variable names of bpmn/committee-vote.bpmn, in one place. */
public final class VoteProcess {

    public static final String KEY = "committeeVote";

    public static final String CASE_TYPE = "caseType";
    public static final String CASE_ID = "caseId";
    public static final String CASE_NAME = "caseName";
    public static final String THRESHOLD = "threshold";
    public static final String VOTE_ID = "voteId";
    public static final String ELECTORATE_SUFFICIENT = "electorateSufficient";
    public static final String DEADLINE_OUTCOME = "deadlineOutcome";
    public static final String VOTE_OUTCOME = "voteOutcome";
    /** Set by the chair's tasks: RERUN or CLOSE. */
    public static final String CHAIR_OUTCOME = "chairOutcome";
    /** The vote's outcome when the chair closed the case instead of deciding it. */
    public static final String CLOSED = "CLOSED";

    public static final String REMIND_AT_HALF_WINDOW = "ServiceTask_RemindAtHalfWindow";
    public static final String REMIND_BEFORE_CLOSE = "ServiceTask_RemindBeforeClose";
    public static final String BALLOT_TASK = "UserTask_CastBallot";
    public static final String ESCALATION_TASK = "UserTask_ResolveVoteEscalation";
    public static final String NO_QUORUM_TASK = "UserTask_DecideAfterNoQuorum";

    private VoteProcess() {
    }
}
