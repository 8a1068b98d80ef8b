/** The committee vote's REST verbs, one controller for every kind of case the committee decides. */
package org.openanolis.governance.vote.web;
