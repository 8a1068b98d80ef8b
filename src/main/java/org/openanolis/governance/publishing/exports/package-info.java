/**
 * The directory exports (DOMAIN.md "Publishing", second part): the SIG and project directories written in the formats
 * existing tools consume, the Kubernetes {@code sigs.yaml}, openEuler's {@code sig-info.yaml}, the CNCF landscape's
 * {@code data.yml} and the CNCF {@code .project/project.yaml}, each built as a tree of plain values and written by a
 * YAML library, public data only.
 */
package org.openanolis.governance.publishing.exports;
