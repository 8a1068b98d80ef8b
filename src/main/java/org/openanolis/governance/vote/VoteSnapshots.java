package org.openanolis.governance.vote;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The vote a transaction holds under its row lock, kept with the transaction: a ballot takes the lock and reads
 * the vote and its ballots once, and the engine's completion condition, the gateway after it and the tally in the
 * same transaction use that. Without the lock nothing is held, and each of them reads.
 */
@Component
class VoteSnapshots {

    Optional<VoteSnapshot> held(String voteId) {
        return Optional.ofNullable((VoteSnapshot) TransactionSynchronizationManager.getResource(key(voteId)));
    }

    /**
     * Keeps what the transaction read under the vote's row lock until it ends. Outside a transaction there is no
     * lock to keep it true, so nothing is kept and every later question reads again.
     */
    void hold(VoteSnapshot snapshot) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        String key = key(snapshot.vote().id());
        if (TransactionSynchronizationManager.hasResource(key)) {
            TransactionSynchronizationManager.unbindResource(key);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(key, snapshot);
    }

    private static String key(String voteId) {
        return VoteSnapshots.class.getName() + ":" + voteId;
    }
}
