package org.openanolis.governance.cases;

/**
 * How a kind whose proposer may be asked for changes takes the revised form (through
 * {@link CaseLifecycle#revise}): what the API's {@code PUT} calls.
 *
 * @param <C> the case
 * @param <F> its form
 */
@FunctionalInterface
public interface CaseRevision<C extends CaseRecord<?, ?>, F> {

    C revise(String id, F form, String user);
}
