/** The administrators' view of the notification outbox: list it and send a failed mail again. */
package org.openanolis.governance.notification.web;
