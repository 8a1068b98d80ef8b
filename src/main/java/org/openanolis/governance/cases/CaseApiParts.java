package org.openanolis.governance.cases;

import java.util.function.Supplier;

import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What every kind's {@link CaseApi} works with, handed over in one piece so a binding names only its kind. */
@Component
public record CaseApiParts(CaseLifecycle lifecycle, Votes votes, Timeline timeline,
                           PlatformTransactionManager transactionManager) {

    /**
     * A change and the case as it then stands, in one transaction: the change and the reads that answer it commit
     * once, rather than once for the change and once for every engine query and statement of the answer.
     */
    <T> T changing(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(tx -> work.get());
    }

    /** Reads in one read-only transaction rather than a commit for every engine query and statement. */
    <T> T reading(Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        return readOnly.execute(tx -> work.get());
    }
}
