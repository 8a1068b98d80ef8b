package org.openanolis.governance.cases;

/**
 * How the API shows a kind's case, with its history as the reader may see it.
 *
 * @param <C> the case
 * @param <V> the body the API answers with
 */
@FunctionalInterface
public interface CaseView<C extends CaseRecord<?, ?>, V> {

    V of(C c, CaseHistory history);
}
