package org.openanolis.governance.partner;

/**
 * A product the partner certifies, with the compatibility test report run on its base release.
 *
 * @param arch one of x86_64, aarch64, loongarch64, riscv64
 */
public record Product(String name, String version, String arch, String baseRelease, TestReport testReport) {

    /** Test counts as the compatibility suite reports them. */
    public record TestReport(Integer passed, Integer failed, Integer pending) {
    }
}
