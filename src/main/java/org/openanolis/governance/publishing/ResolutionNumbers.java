package org.openanolis.governance.publishing;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/**
 * Hands out resolution numbers inside the transaction that closes the vote: a closing that rolls back (a lost
 * optimistic lock, a node that dies) takes its number back with it, and the register's lock row makes two nodes
 * closing at the same instant take one number after the other. Numbers run per UTC year the vote closed in, from 001.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class ResolutionNumbers {

    private final ResolutionRepository register;
    private final ApplicationEventPublisher events;

    /**
     * The vote's resolution: numbered now, and announced by {@link ResolutionRecorded}; or the one it already has (a
     * closing is recorded and announced once).
     */
    ResolutionEntry number(String voteId, String caseType, String caseId, String caseName, String outcome,
                           Instant closedAt) {
        register.lock();
        ResolutionEntry known = register.ofVote(voteId).orElse(null);
        if (known != null) {
            return known;
        }
        int year = closedAt.atZone(ZoneOffset.UTC).getYear();
        int seq = register.lastSeqOf(year) + 1;
        ResolutionEntry entry = new ResolutionEntry(ResolutionEntry.number(year, seq), year, seq, voteId, caseType,
                caseId, caseName, outcome, closedAt);
        register.insert(entry);
        events.publishEvent(new ResolutionRecorded(entry.number(), caseType, caseId, caseName, outcome, closedAt));
        log.info("Resolution {} records vote {} on {} {}: {}", entry.number(), voteId, caseType, caseId, outcome);
        return entry;
    }
}
