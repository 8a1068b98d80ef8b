/** The REST API of project proposals, their ballots and the project directory. */
package org.openanolis.governance.onboarding.web;
