/** Project proposals, their onboarding (DOMAIN.md, Process 2), and the directory of accepted projects. */
package org.openanolis.governance.onboarding;
