package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** A node that loses the race to add a missing row at startup looks again instead of failing its start. */
class ClusterStartupTests {

    @Test
    void passThatCollidedWithAnotherNodeIsRunAgainAndThenSucceeds() {
        AtomicInteger passes = new AtomicInteger();
        ClusterStartup.addMissing("demo people", () -> {
            if (passes.incrementAndGet() == 1) {
                throw new ProcessEngineException("duplicate key value violates unique constraint \"act_id_user_pkey\"");
            }
        });
        assertThat(passes).hasValue(2);
    }

    @Test
    void passThatKeepsFailingFailsTheStartInTheEnd() {
        AtomicInteger passes = new AtomicInteger();
        assertThatThrownBy(() -> ClusterStartup.addMissing("demo people", () -> {
            passes.incrementAndGet();
            throw new ProcessEngineException("the database is gone");
        })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("gone");
        assertThat(passes).hasValue(5);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger passes = new AtomicInteger();
        assertThatThrownBy(() -> ClusterStartup.addMissing("demo people", () -> {
            passes.incrementAndGet();
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(passes).hasValue(1);
    }
}
