package org.openanolis.governance.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.nimbusds.jose.JOSEObjectType;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The community's OpenID Connect provider in the tests: mock-oauth2-server on a free port, with its discovery
 * document, keys, authorization and token endpoints; started once for the test run, before any context that uses it.
 */
public final class CommunityProvider {

    public static final String ISSUER = "community";
    public static final String CLIENT = "sig-governance";
    public static final MockOAuth2Server SERVER = new MockOAuth2Server();

    static {
        SERVER.start();
    }

    private CommunityProvider() {
    }

    /** The application's {@code governance.oidc.*} for this provider; its "committee" group is steering-committee. */
    public static void configure(DynamicPropertyRegistry properties) {
        properties.add("governance.oidc.issuer-uri", () -> SERVER.issuerUrl(ISSUER).toString());
        properties.add("governance.oidc.client-id", () -> CLIENT);
        properties.add("governance.oidc.client-secret", () -> "not-so-secret");
        properties.add("governance.oidc.groups.committee", () -> "steering-committee");
    }

    /** An access token of the provider for this person, meant for these audiences, valid for {@code expiry} seconds. */
    public static String token(String subject, List<String> audience, Map<String, Object> extra, long expiry) {
        return SERVER.issueToken(ISSUER, CLIENT, callback(subject, audience, extra, expiry)).serialize();
    }

    /** What the provider says of the next person who signs in through its pages. */
    public static void nextSignIn(String subject, Map<String, Object> extra) {
        SERVER.enqueueCallback(callback(subject, List.of(CLIENT), extra, 3600));
    }

    private static DefaultOAuth2TokenCallback callback(String subject, List<String> audience, Map<String, Object> extra,
                                                       long expiry) {
        Map<String, Object> claims = new HashMap<>(Map.of("preferred_username", subject, "name", "Nina Ng",
                "email", subject + "@example.org"));
        claims.putAll(extra);
        return new DefaultOAuth2TokenCallback(ISSUER, subject, JOSEObjectType.JWT.getType(), audience, claims, expiry);
    }
}
