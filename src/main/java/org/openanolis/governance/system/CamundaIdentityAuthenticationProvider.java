package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.RequiredArgsConstructor;

/**
 * Checks passwords with Camunda's identity service and grants one authority per group the person belongs to. A
 * client that keeps failing waits first ({@link SignInThrottle}): its password is not even checked until then. A
 * password still kept as an older hash is stored as bcrypt once it proved right ({@link PasswordUpgrade}).
 */
@Component
@RequiredArgsConstructor
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final TransactionTemplate transactions;
    private final SignInThrottle throttle;
    private final VerifiedCredentials verified;
    private final PasswordUpgrade upgrade;

    /**
     * A database that is away is not a wrong password: it comes out as an authentication service failure, which the
     * API's entry point answers with 503 (and the portal's sign-in with its 503 page), not as "sign in again".
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return check(authentication);
        } catch (RuntimeException e) {
            if (DatabaseOutage.explains(e)) {
                throw new InternalAuthenticationServiceException("The database is unavailable", e);
            }
            throw e;
        }
    }

    private Authentication check(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || credentials == null) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        String client = clientOf(authentication);
        throttle.waitFor(user, client).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        // The password check and the groups in one transaction rather than a commit each: every API request signs
        // in. A password this node checked moments ago against the same stored hash is not run through bcrypt again.
        String password = credentials.toString();
        List<SimpleGrantedAuthority> authorities = transactions.execute(tx -> {
            UserEntity stored = (UserEntity) identityService.createUserQuery().userId(user).singleResult();
            if (stored == null) {
                return null;
            }
            if (!verified.matches(user, password, stored.getPassword())) {
                if (!identityService.checkPassword(user, password)) {
                    return null;
                }
                verified.remember(user, password, upgrade.upgradeIfOutdated(stored, password));
            }
            return identityService.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        });
        if (authorities == null) {
            throttle.failed(user, client);
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        throttle.succeeded(user, client);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** The client's address as Tomcat sees it: behind the prod proxy, the one it forwarded (X-Forwarded-For). */
    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    /**
     * This provider as a chain's only authentication manager. Added to a chain as a provider, a failure was asked again
     * of Spring Boot's global manager, which holds the same provider: every wrong password counted twice.
     */
    AuthenticationManager alone() {
        return with(true, List.of());
    }

    /**
     * A chain's only authentication manager: the provider's sign-in (its ID tokens, its bearer tokens), and the
     * passwords kept here unless local sign-in is off.
     */
    AuthenticationManager with(boolean passwords, List<AuthenticationProvider> more) {
        List<AuthenticationProvider> all = new ArrayList<>();
        if (passwords) {
            all.add(this);
        }
        all.addAll(more);
        if (all.isEmpty()) {
            // Nothing signs anyone in: every attempt is refused (the prod profile refuses to start like this).
            return authentication -> {
                throw new BadCredentialsException("No sign-in is configured");
            };
        }
        return new ProviderManager(all);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
