package org.openanolis.governance.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the cases one person may keep open ({@link OpenCaseLimit}): each open case takes reviewers' time and
 * mails every member of community operations, so one person may not open them without end.
 */
@ConfigurationProperties("governance.cases")
public record CaseProperties(@DefaultValue("10") int maxOpenPerPerson) {
}
