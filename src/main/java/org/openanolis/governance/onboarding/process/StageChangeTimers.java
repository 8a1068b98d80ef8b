package org.openanolis.governance.onboarding.process;

import org.openanolis.governance.cases.RevisionTimers;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.stereotype.Component;

/** Expression bean for project-stage-change.bpmn's revision timers, from {@code governance.project.revision-*}. */
@Component
public class StageChangeTimers extends RevisionTimers {

    StageChangeTimers(GovernanceProperties properties) {
        super(properties.project().revisionReminders(), properties.project().revisionTimeout());
    }
}
