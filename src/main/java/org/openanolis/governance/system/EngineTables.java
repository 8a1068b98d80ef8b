package org.openanolis.governance.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The names of the engine's tables for the statements the product sends itself (the inbox, a membership, a ballot's
 * task): they follow a table prefix, so they are asked of the engine, once each (every question is an engine
 * command).
 */
@Component
@RequiredArgsConstructor
public class EngineTables {

    private final ManagementService managementService;
    private final Map<Class<?>, String> names = new ConcurrentHashMap<>();

    public String of(Class<?> entity) {
        return names.computeIfAbsent(entity, managementService::getTableName);
    }
}
