/** Operations: the governance's own Prometheus metrics, read from the database with a short cache. */
package org.openanolis.governance.operations;
