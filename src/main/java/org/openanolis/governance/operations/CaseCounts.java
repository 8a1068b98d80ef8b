package org.openanolis.governance.operations;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.openanolis.governance.notification.NotificationOutbox;
import org.openanolis.governance.notification.NotificationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Counts what the metrics show, straight from the tables: a few grouped counts in one read-only pass. The modules'
 * services answer one case at a time; a count over all of them is a question only operations asks.
 */
@Component
@RequiredArgsConstructor
class CaseCounts {

    /** Every case type with its table and status column; a partner is a case while a revocation is under way. */
    private static final String CASES_BY_STATUS = """
            select 'SIG_PROPOSAL', status, count(*) from sig_proposal group by status
            union all select 'PROJECT_PROPOSAL', status, count(*) from project_proposal group by status
            union all select 'PARTNER_APPLICATION', status, count(*) from partner_application group by status
            union all select 'PARTNER', revocation_status, count(*) from partner
                where revocation_status is not null group by revocation_status
            """;

    private final JdbcTemplate jdbc;
    private final NotificationOutbox outbox;
    private final TaskService taskService;
    private final ManagementService managementService;

    /** The counts now; throws when the database cannot be read. */
    Snapshot count() {
        Map<String, Long> cases = new HashMap<>();
        jdbc.query(CASES_BY_STATUS, row -> {
            cases.put(key(row.getString(1), row.getString(2)), row.getLong(3));
        });
        Long openVotes = jdbc.queryForObject("select count(*) from vote where status = 'OPEN'", Long.class);
        Long ballots = jdbc.queryForObject("select count(*) from ballot", Long.class);
        Map<NotificationStatus, Long> notifications = outbox.countByStatus();
        return new Snapshot(cases, openVotes, ballots,
                notifications.getOrDefault(NotificationStatus.PENDING, 0L),
                notifications.getOrDefault(NotificationStatus.FAILED, 0L),
                taskService.createTaskQuery().count(),
                managementService.createJobQuery().noRetriesLeft().count());
    }

    static String key(String type, String status) {
        return type + "/" + status;
    }

    /** One reading of every count. */
    record Snapshot(Map<String, Long> cases, long openVotes, long ballotsCast, long notificationsPending,
                    long notificationsFailed, long openTasks, long failedJobs) {

        long cases(String type, String status) {
            return cases.getOrDefault(key(type, status), 0L);
        }
    }
}
