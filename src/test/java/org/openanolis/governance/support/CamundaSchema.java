package org.openanolis.governance.support;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Camunda's own tables on an empty PostgreSQL database, from the create scripts in the engine jar: what production
 * does with schema-update off, before any node starts. Nodes started together on a database without them would each
 * try to create them and collide.
 */
public final class CamundaSchema {

    private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    private CamundaSchema() {
    }

    public static void createOnPostgres(DataSource dataSource) {
        ResourceDatabasePopulator scripts = new ResourceDatabasePopulator();
        for (String part : PARTS) {
            scripts.addScript(new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
        }
        scripts.execute(dataSource);
    }
}
