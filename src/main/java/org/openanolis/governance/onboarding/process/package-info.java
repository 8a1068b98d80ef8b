/** Project onboarding's process glue: the delegates and expression beans of project-onboarding.bpmn. */
package org.openanolis.governance.onboarding.process;
