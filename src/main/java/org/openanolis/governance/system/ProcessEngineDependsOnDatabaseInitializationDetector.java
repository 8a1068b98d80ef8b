package org.openanolis.governance.system;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Starts Camunda's engine only after Flyway and Liquibase have run. With schema-update off (postgres profile) the
 * engine checks at startup that its tables exist, and Liquibase creates them from Camunda's changelog: without this
 * order the engine could look before Liquibase has made them. Registered in META-INF/spring.factories, where Spring
 * Boot looks for such detectors.
 */
public class ProcessEngineDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
