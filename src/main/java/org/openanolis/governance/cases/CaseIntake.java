package org.openanolis.governance.cases;

/**
 * How a kind's service opens a case from its form, validating it first: what the API's create verb calls.
 *
 * @param <C> the case
 * @param <F> its form, also the API's request body
 */
@FunctionalInterface
public interface CaseIntake<C extends CaseRecord<?, ?>, F> {

    C submit(F form, String proposer);
}
