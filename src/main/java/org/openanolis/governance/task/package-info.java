/** The inbox: a typed view over Camunda's user tasks, their completion with outcomes, and the mail each new task sends. */
package org.openanolis.governance.task;
