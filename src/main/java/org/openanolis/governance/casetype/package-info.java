/**
 * What every kind of case shares: its {@link org.openanolis.governance.casetype.CaseType} (key, paths, label, process,
 * messages) and the catalogue of the types the application knows ({@link org.openanolis.governance.casetype.CaseTypes}).
 * Each feature declares its own types as beans; nothing here names one, so a new decision type adds itself.
 */
package org.openanolis.governance.casetype;
