/** People, groups and organizations, kept in Camunda's identity service; the demo directory. */
package org.openanolis.governance.people;
