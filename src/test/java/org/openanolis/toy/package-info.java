/**
 * A toy decision type, added to the application the way any new decision is (README "Adding a decision"): a BPMN
 * file (src/test/resources/toy), a form record with its validator, and the plug-in below. It lives outside the
 * application's packages so that only {@code ToyDecisionIntegrationTests} loads it.
 */
package org.openanolis.toy;
