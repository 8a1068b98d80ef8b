/** The audit trail of every case: who did what, when and why, oldest first. */
package org.openanolis.governance.timeline;
