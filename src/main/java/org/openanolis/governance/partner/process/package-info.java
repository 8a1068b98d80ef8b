/** Partner approval's process glue: the delegates, timer bean and ids of the partner BPMN files. */
package org.openanolis.governance.partner.process;
