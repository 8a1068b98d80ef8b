/**
 * The case mechanism every decision runs on: the base aggregate ({@link org.openanolis.governance.cases.CaseRecord})
 * with its guarded moves and phase, the lifecycle that opens, revises, withdraws, expires and reminds
 * ({@link org.openanolis.governance.cases.CaseLifecycle}), the hand-off to and from the committee vote, and the limit
 * on open cases. A feature plugs a kind of case in by declaring a {@link org.openanolis.governance.cases.CaseKind}.
 */
package org.openanolis.governance.cases;

