package org.openanolis.governance.sig.process;

import org.openanolis.governance.cases.RevisionTimers;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.stereotype.Component;

/** Expression bean for sig-creation.bpmn's timers: ISO-8601 durations from {@code governance.sig.*}. */
@Component
public class SigTimers extends RevisionTimers {

    SigTimers(GovernanceProperties properties) {
        super(properties.sig().revisionReminders(), properties.sig().revisionTimeout());
    }
}
