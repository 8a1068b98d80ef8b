package org.openanolis.governance.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Startup work that adds what is missing (groups, people, grants) when several nodes start on one database at once.
 * Each node checks and then inserts; two nodes checking in the same instant both find a row missing, and the one
 * inserting second hits the unique key. Its next pass finds the row and leaves it alone, so the pass is repeated.
 */
public final class ClusterStartup {

    private static final Logger log = LoggerFactory.getLogger(ClusterStartup.class);
    private static final int PASSES = 5;

    private ClusterStartup() {
    }

    /** Runs {@code pass} (which must only add what is missing) until it gets through without a collision. */
    public static void addMissing(String what, Runnable pass) {
        for (int attempt = 1; ; attempt++) {
            try {
                pass.run();
                return;
            } catch (ProcessEngineException | DataAccessException e) {
                if (attempt >= PASSES) {
                    throw e;
                }
                log.info("Adding the missing {} failed (pass {}), most likely because another node starting added the "
                        + "same row first; checking again: {}", what, attempt, e.getMessage());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
