package org.openanolis.governance.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.RequiredArgsConstructor;

/**
 * Checks passwords with Camunda's identity service (salted hashes, and its growing delay after
 * failed attempts), and grants one authority per group the person belongs to.
 */
@Component
@RequiredArgsConstructor
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final TransactionTemplate transactions;

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
        // The password check and the groups in one transaction rather than a commit each: every API request signs
        // in. A wrong password returns rather than throws in it, so the engine's count of failed attempts commits.
        List<SimpleGrantedAuthority> authorities = transactions.execute(tx -> {
            if (!identityService.checkPassword(user, credentials.toString())) {
                return null;
            }
            return identityService.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        });
        if (authorities == null) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
