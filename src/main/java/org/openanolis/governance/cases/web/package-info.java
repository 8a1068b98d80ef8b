/** The REST verbs every kind of case shares at one path for all: {@code /api/{collection}/{id}/comments}. */
package org.openanolis.governance.cases.web;
