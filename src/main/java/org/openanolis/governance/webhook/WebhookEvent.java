package org.openanolis.governance.webhook;

/**
 * What a webhook may hear of. DOMAIN.md also names an election's result, which has no event yet: elections are not
 * built, and the event is added with them.
 */
public enum WebhookEvent {
    /** A case of any kind was submitted. */
    CASE_SUBMITTED,
    /** A committee vote opened (also a re-run after NO_QUORUM). */
    VOTE_OPENED,
    /** A committee vote closed: APPROVED, REJECTED or NO_QUORUM. */
    VOTE_CLOSED,
    /** A closed vote entered the decision register with its number. */
    RESOLUTION,
    /** A SIG became ACTIVE, INACTIVE or RETIRED. */
    SIG_STATUS_CHANGED,
    /** A project was listed as SANDBOX, moved to INCUBATING or GRADUATED, or ARCHIVED. */
    PROJECT_STATUS_CHANGED,
    /** The officers certified an election's count: its winners and where its result is published. */
    ELECTION_RESULT
}
