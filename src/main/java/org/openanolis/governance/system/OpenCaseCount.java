package org.openanolis.governance.system;

/** How many cases of one kind a person has proposed or applied for that are still open; each kind of case has one. */
public interface OpenCaseCount {

    int openCasesOf(String person);
}
