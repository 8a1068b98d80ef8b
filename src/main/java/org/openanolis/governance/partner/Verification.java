package org.openanolis.governance.partner;

import java.util.ArrayList;
import java.util.List;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.GovernanceProperties;

/**
 * The technical verification's rule (DOMAIN.md, Process 3): every product's report has no failed and no
 * pending test, and its base release is a supported OpenAnolis release. The problems name each product that
 * falls short, so the reviewer can tell the applicant what to fix.
 */
public record Verification(List<FieldProblem> problems) {

    public static Verification of(List<Product> products, GovernanceProperties.Partner rules) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            String field = "products[" + i + "]";
            Product.TestReport report = product.testReport();
            if (report == null || report.failed() == null || report.failed() != 0) {
                problems.add(FieldProblem.of(field + ".testReport.failed", "no-failed-tests"));
            }
            if (report == null || report.pending() == null || report.pending() != 0) {
                problems.add(FieldProblem.of(field + ".testReport.pending", "no-failed-tests"));
            }
            if (!rules.supports(product.baseRelease())) {
                problems.add(FieldProblem.of(field + ".baseRelease", "supported-release",
                        String.join(", ", rules.supportedReleases())));
            }
        }
        return new Verification(List.copyOf(problems));
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
