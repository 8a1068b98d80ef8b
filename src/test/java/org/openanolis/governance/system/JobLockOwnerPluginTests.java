package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

class JobLockOwnerPluginTests {

    @Test
    void aNodesJobLocksCarryItsHostNameAndDifferFromAnotherProcessOfTheSameName() {
        String first = lockOwnerOf("node-a");
        String second = lockOwnerOf("node-a");

        assertThat(first).startsWith("node-a-").hasSize("node-a-".length() + 8);
        assertThat(second).startsWith("node-a-").isNotEqualTo(first);
    }

    @Test
    void anOverlongHostNameStillFitsTheLockOwnerColumn() {
        assertThat(lockOwnerOf("h".repeat(400))).hasSizeLessThanOrEqualTo(255);
    }

    private static String lockOwnerOf(String hostname) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setHostname(hostname);
        configuration.setJobExecutor(new DefaultJobExecutor());
        new JobLockOwnerPlugin().postInit(configuration);
        return configuration.getJobExecutor().getLockOwner();
    }
}
