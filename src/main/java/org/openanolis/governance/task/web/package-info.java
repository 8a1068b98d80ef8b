/** The REST API of the inbox. */
package org.openanolis.governance.task.web;
