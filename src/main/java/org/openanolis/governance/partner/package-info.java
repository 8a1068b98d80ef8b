/** Partner applications, their approval, and the partner directory with its certificates and revocations. */
package org.openanolis.governance.partner;
