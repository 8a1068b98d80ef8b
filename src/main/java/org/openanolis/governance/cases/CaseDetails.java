package org.openanolis.governance.cases;

/**
 * What a kind of case is about, checked and typed: the SIG a proposal would create, the project, the company. A
 * value, replaced whole when the proposer revises it.
 */
public interface CaseDetails {

    /** The name the case goes by in mails, tasks and its process: a SIG's or project's name, a company. */
    String caseName();
}
