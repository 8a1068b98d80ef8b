package org.openanolis.governance.partner.web;

import org.openanolis.governance.partner.Product;

import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One product row of the partner application form, as typed; the test counts are text until converted. */
@Getter
@Setter
@NoArgsConstructor
@AllArgsConstructor(access = AccessLevel.PRIVATE)
public class ProductRow {

    private String name;
    private String version;
    private String arch;
    private String baseRelease;
    private String passed;
    private String failed;
    private String pending;

    static ProductRow of(Product p) {
        Product.TestReport report = p.testReport() == null ? new Product.TestReport(null, null, null) : p.testReport();
        return new ProductRow(p.name(), p.version(), p.arch(), p.baseRelease(), text(report.passed()),
                text(report.failed()), text(report.pending()));
    }

    /** A row left empty: not a product, so it is skipped rather than refused. */
    boolean isBlank() {
        return blank(name) && blank(version) && blank(arch) && blank(baseRelease) && blank(passed) && blank(failed)
                && blank(pending);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(Integer n) {
        return n == null ? null : n.toString();
    }
}
