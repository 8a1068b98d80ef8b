/** The REST API of project proposals, their ballots and the project directory; the portal's forms to propose and withdraw. */
package org.openanolis.governance.onboarding.web;
