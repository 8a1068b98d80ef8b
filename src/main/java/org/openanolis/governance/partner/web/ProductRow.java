package org.openanolis.governance.partner.web;

import org.openanolis.governance.partner.Product;

import lombok.Getter;
import lombok.Setter;

/** One product row of the partner application form, as typed; the test counts are text until converted. */
@Getter
@Setter
public class ProductRow {

    private String name;
    private String version;
    private String arch;
    private String baseRelease;
    private String passed;
    private String failed;
    private String pending;

    static ProductRow of(Product p) {
        ProductRow row = new ProductRow();
        row.name = p.name();
        row.version = p.version();
        row.arch = p.arch();
        row.baseRelease = p.baseRelease();
        if (p.testReport() != null) {
            row.passed = text(p.testReport().passed());
            row.failed = text(p.testReport().failed());
            row.pending = text(p.testReport().pending());
        }
        return row;
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
