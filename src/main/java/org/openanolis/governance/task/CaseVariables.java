package org.openanolis.governance.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.openanolis.governance.system.EngineTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The case a process instance works on: its {@code caseType}, {@code caseId} and {@code caseName} variables, read for
 * many instances with one statement. The engine's variable query costs more than the inbox's whole answer (MyBatis
 * evaluates its large dynamic SQL, then maps and deserializes every row: half of an inbox request in a profile, README
 * "Performance"); these three are plain strings, which Camunda keeps in the runtime variable table's text column, so
 * they are read from there, in the caller's transaction, like the inbox's native task query reads the task tables.
 */
@Component
@RequiredArgsConstructor
class CaseVariables {

    private static final List<String> NAMES = List.of("caseType", "caseId", "caseName");

    private final JdbcClient jdbc;
    private final EngineTables tables;

    /**
     * The case variables of each instance given, by instance id; only the process instance's own scope (a variable of
     * the same name in a sub-scope or on a task must not win) and only string values.
     */
    Map<String, Map<String, String>> of(Collection<String> processInstanceIds) {
        Map<String, Map<String, String>> byInstance = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return byInstance;
        }
        // A task's variables are left out here, not in SQL: a condition on TASK_ID_ made PostgreSQL combine the
        // instance index with Camunda's (TASK_ID_, NAME_, TYPE_) index, whose null task ids are nearly every row
        // (15 ms at 100,000 open tasks, against well under a millisecond with the instance index alone).
        jdbc.sql("""
                        select PROC_INST_ID_, NAME_, TEXT_, TASK_ID_ from %s
                        where PROC_INST_ID_ in (:instances) and EXECUTION_ID_ = PROC_INST_ID_
                          and NAME_ in (:names) and TYPE_ = 'string'""".formatted(tables.of(VariableInstanceEntity.class)))
                .param("instances", processInstanceIds)
                .param("names", NAMES)
                .query(rs -> {
                    if (rs.getString(4) == null) {
                        byInstance.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    }
                });
        return byInstance;
    }
}
