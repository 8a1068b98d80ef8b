/** The delegates of committee-removal.bpmn and committee-appointment.bpmn. */
package org.openanolis.governance.committee.process;
