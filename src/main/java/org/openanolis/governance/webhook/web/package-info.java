/**
 * Webhooks over HTTP, for administrators only (the security configuration guards {@code /api/admin/**}):
 * {@code /api/admin/webhooks} to list, register and delete them, and their deliveries with re-send.
 */
package org.openanolis.governance.webhook.web;
