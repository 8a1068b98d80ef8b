/** E-mail notifications: the transactional outbox, its templates, and the dispatcher that sends it after commit. */
package org.openanolis.governance.notification;
