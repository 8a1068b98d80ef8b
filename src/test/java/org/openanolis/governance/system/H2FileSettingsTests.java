package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The H2 file database of application.yaml (the default outside production) lets a transaction wait for a row another
 * one holds, as PostgreSQL does, instead of failing after H2's default two seconds: SIG proposals sent at the same moment
 * queue for the name lock and all go through (the tests' in-memory databases had this setting; the file had not).
 */
class H2FileSettingsTests {

    @Test
    void aSubmissionWaitingSecondsForTheNameLockGetsIt(@TempDir Path directory) throws Exception {
        String url = applicationYamlUrl().replace("./data/governance", directory.resolve("governance").toString());
        try (Connection holder = DriverManager.getConnection(url, "sa", "");
             Connection waiter = DriverManager.getConnection(url, "sa", "")) {
            try (Statement setup = holder.createStatement()) {
                setup.execute("create table sig_name_lock (id int primary key)");
                setup.execute("insert into sig_name_lock values (1)");
            }
            holder.setAutoCommit(false);
            waiter.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.executeQuery("select id from sig_name_lock where id = 1 for update").close();
            }
            CountDownLatch asking = new CountDownLatch(1);
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
                asking.countDown();
                try (Statement lock = waiter.createStatement()) {
                    boolean got = lock.executeQuery("select id from sig_name_lock where id = 1 for update").next();
                    waiter.commit();
                    return got;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            asking.await();
            // The first submission takes 4 s to commit, as a slow one does on a busy machine (H2 would give up after 2 s).
            Thread.sleep(4000);
            holder.commit();
            assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String applicationYamlUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject().getProperty("spring.datasource.url");
    }
}
