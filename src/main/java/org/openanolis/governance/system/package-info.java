/** Cross-cutting plumbing: security, settings, error handling as problem details, the clock, web config. */
package org.openanolis.governance.system;
