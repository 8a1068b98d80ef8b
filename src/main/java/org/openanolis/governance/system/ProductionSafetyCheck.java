package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The prod profile's refusals (issue 4, part 3): no demo people, no guessable administrator password, no H2.
 * Pure and free of Spring's context, so it runs from {@link ProductionSafetyEnvironmentPostProcessor} before
 * any bean, database or engine exists, and is unit-tested on plain environments.
 */
public final class ProductionSafetyCheck {

    public static final String PROD_PROFILE = "prod";
    static final String DEMO_PROFILE = "demo";
    /** Shorter than this, a password falls to an offline guess even through Camunda's salted hash. */
    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
    /** Passwords that this project or Camunda's examples have published, so an attacker tries them first. */
    private static final Set<String> PUBLISHED_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeme");

    private ProductionSafetyCheck() {
    }

    /** Does nothing outside the prod profile; under it, throws with every problem found. */
    public static void verify(Environment environment) {
        List<UnsafeProductionSettingsException.Problem> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeProductionSettingsException(problems);
        }
    }

    static List<UnsafeProductionSettingsException.Problem> problems(Environment environment) {
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        if (!profiles.contains(PROD_PROFILE)) {
            return List.of();
        }
        List<UnsafeProductionSettingsException.Problem> problems = new ArrayList<>();
        if (profiles.contains(DEMO_PROFILE)) {
            problems.add(new UnsafeProductionSettingsException.Problem(
                    "The demo profile is active together with prod: it would create the demo people, every one with the password 'demo'.",
                    "remove 'demo' from spring.profiles.active (start with --spring.profiles.active=prod only)."));
        }
        AdministratorProperties admin = Binder.get(environment).bindOrCreate("governance.admin", AdministratorProperties.class);
        String weakness = weakness(admin);
        if (weakness != null) {
            problems.add(new UnsafeProductionSettingsException.Problem(
                    "The administrator password (governance.admin.password) " + weakness + ".",
                    "set governance.admin.password (e.g. the environment variable GOVERNANCE_ADMIN_PASSWORD) to a secret of at least "
                            + MIN_ADMIN_PASSWORD_LENGTH + " characters that is not 'demo', 'admin' or the administrator id ('"
                            + admin.id() + "')."));
        }
        boolean localSignIn = environment.getProperty("governance.local-sign-in", Boolean.class, true);
        String issuer = environment.getProperty("governance.oidc.issuer-uri");
        if (!localSignIn && (issuer == null || issuer.isBlank())) {
            problems.add(new UnsafeProductionSettingsException.Problem(
                    "Nobody could sign in: local passwords are off (governance.local-sign-in=false) and no OpenID Connect "
                            + "provider is set.",
                    "set governance.oidc.issuer-uri, governance.oidc.client-id and governance.oidc.client-secret to the "
                            + "community's provider, or leave governance.local-sign-in on."));
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank() || url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            problems.add(new UnsafeProductionSettingsException.Problem(
                    "The datasource is " + (url == null || url.isBlank() ? "not set (an embedded H2 would be used)" : "H2 (" + url + ")")
                            + "; production needs PostgreSQL.",
                    "start with --spring.profiles.active=prod,postgres and set GOVERNANCE_DB_URL=jdbc:postgresql://HOST:5432/DATABASE, "
                            + "GOVERNANCE_DB_USER and GOVERNANCE_DB_PASSWORD (or set spring.datasource.url=jdbc:postgresql://HOST:5432/DATABASE "
                            + "with spring.datasource.username and spring.datasource.password)."));
        }
        return problems;
    }

    /** Why the password is unsafe, or null if it is acceptable. */
    private static String weakness(AdministratorProperties admin) {
        String password = admin.password();
        if (password == null || password.isBlank()) {
            return "is not set";
        }
        if (PUBLISHED_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return "is a published default";
        }
        if (password.equalsIgnoreCase(admin.id())) {
            return "equals the administrator id";
        }
        if (password.length() < MIN_ADMIN_PASSWORD_LENGTH) {
            return "is shorter than " + MIN_ADMIN_PASSWORD_LENGTH + " characters";
        }
        return null;
    }
}
