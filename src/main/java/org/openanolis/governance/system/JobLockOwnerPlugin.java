package org.openanolis.governance.system;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

import lombok.extern.slf4j.Slf4j;

/**
 * Names the node in the job locks it takes. Camunda's default lock owner is a bare random UUID, so with several
 * nodes on one database nobody can tell from {@code ACT_RU_JOB.LOCK_OWNER_} which node holds a job, nor whether
 * that node is still alive. The owner here is the engine's host name (the same name {@code ACT_HI_JOB_LOG.HOSTNAME_}
 * records, {@code camunda.bpm.generic-properties.properties.hostname}) with a random suffix, because two processes
 * given the same host name must still hold their locks apart; the start-up line tells which owner this node is.
 */
@Slf4j
@Component
class JobLockOwnerPlugin extends AbstractProcessEnginePlugin {

    /** {@code LOCK_OWNER_} holds 255 characters; a host name is cut well before that. */
    private static final int MAX_HOST_LENGTH = 200;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // After init: the job executor exists (the starter's or the engine's default) and the host name is settled,
        // and the executor has not started acquiring yet.
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor == null) {
            return;
        }
        String host = configuration.getHostname() == null ? "node" : configuration.getHostname();
        if (host.length() > MAX_HOST_LENGTH) {
            host = host.substring(0, MAX_HOST_LENGTH);
        }
        String owner = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        jobExecutor.setLockOwner(owner);
        log.info("Job executor lock owner {}: the jobs this node runs carry it in ACT_RU_JOB.LOCK_OWNER_ for {} ms",
                owner, jobExecutor.getLockTimeInMillis());
    }

    @Override
    public String toString() {
        return "JobLockOwnerPlugin";
    }
}
