/** SIG proposals, their lifecycle, and the directory of ACTIVE SIGs. */
package org.openanolis.governance.sig;
