/** The benchmarks of issue 7: figures measured side by side and printed as a table, run by {@code ./mvnw -Pbench verify}. */
package org.openanolis.governance.bench;
