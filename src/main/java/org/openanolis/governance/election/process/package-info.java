/** The delegates of bpmn/committee-election.bpmn: each calls one of {@code ElectionSteps}'s steps. */
package org.openanolis.governance.election.process;
