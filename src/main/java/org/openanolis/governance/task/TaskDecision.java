package org.openanolis.governance.task;

/**
 * What the person who completed a task decided, as the delegate after it reads it from the process: who they are
 * and why, if they said (the outcome itself the process's gateway has already taken).
 */
public record TaskDecision(String actor, String comment) {
}
