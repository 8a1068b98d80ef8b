/** SIG creation's process glue: the delegates and timer bean of sig-creation.bpmn. */
package org.openanolis.governance.sig.process;
