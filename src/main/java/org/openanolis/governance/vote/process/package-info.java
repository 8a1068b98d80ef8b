/** The committee vote's process glue: delegates and expression beans of committee-vote.bpmn. */
package org.openanolis.governance.vote.process;
