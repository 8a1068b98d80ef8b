package org.openanolis.governance.people;

import java.util.List;
import java.util.Map;

import org.openanolis.governance.system.ProviderSignIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Sign-in through the community's OpenID Connect provider, when {@code governance.oidc.issuer-uri} is set: the
 * portal's client registration ({@code /oauth2/authorization/community}), the API's check of the provider's bearer
 * tokens (signature by its published keys, issuer, expiry, and this application among the audience), and the person
 * each one is, created or refreshed in the engine's identity store with the groups the engine holds as authorities.
 */
@Configuration(proxyBeanMethods = false)
class OidcSignIn {


    @Bean
    @ConditionalOnProperty(prefix = "governance.oidc", name = "issuer-uri")
    ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
        ClientRegistration community = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(ProviderSignIn.REGISTRATION).clientId(oidc.clientId()).clientSecret(oidc.clientSecret())
                .scope("openid", "profile", "email").userNameAttributeName(oidc.claims().userId()).build();
        return new InMemoryClientRegistrationRepository(community);
    }

    @Bean
    @ConditionalOnProperty(prefix = "governance.oidc", name = "issuer-uri")
    JwtDecoder bearerTokens(OidcProperties oidc) {
        NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
        String audience = oidc.expectedAudience();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(
                oidc.issuerUri()), jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for " + audience, null))));
        return decoder;
    }

    @Bean
    @ConditionalOnProperty(prefix = "governance.oidc", name = "issuer-uri")
    ProviderSignIn providerSignIn(ClientRegistrationRepository registrations, JwtDecoder bearerTokens,
                                  PersonProvisioning provisioning, People people, OidcProperties oidc) {
        AuthenticationProvider portal = portalSignIn(provisioning, people, oidc);
        AuthenticationProvider api = apiSignIn(bearerTokens, provisioning, people);
        return new ProviderSignIn() {
            @Override
            public ClientRegistrationRepository registrations() {
                return registrations;
            }

            @Override
            public AuthenticationProvider portal() {
                return portal;
            }

            @Override
            public AuthenticationProvider api() {
                return api;
            }
        };
    }

    /** The portal's sign-in through the provider: the authorization code for tokens, and the person they name. */
    private static AuthenticationProvider portalSignIn(PersonProvisioning provisioning, People people,
                                                       OidcProperties oidc) {
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                portalPeople(provisioning, people, oidc));
    }

    /** The API's bearer tokens: checked by the decoder, and the person they name. */
    private static AuthenticationProvider apiSignIn(JwtDecoder decoder, PersonProvisioning provisioning,
                                                    People people) {
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
        tokens.setJwtAuthenticationConverter(apiPeople(provisioning, people));
        return tokens;
    }

    /** A signed-in person of the portal: provisioned from the ID token and user info, named by their id. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> portalPeople(PersonProvisioning provisioning,
                                                                            People people, OidcProperties oidc) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            String id = provision(provisioning, user.getClaims());
            return new DefaultOidcUser(authorities(people, id), user.getIdToken(), user.getUserInfo(),
                    oidc.claims().userId());
        };
    }

    /** A caller of the API with a bearer token: provisioned from its claims, named by their id. */
    private static Converter<Jwt, AbstractAuthenticationToken> apiPeople(PersonProvisioning provisioning,
                                                                         People people) {
        return jwt -> {
            String id;
            try {
                id = provisioning.signedIn(jwt.getClaims());
            } catch (IllegalArgumentException e) {
                throw new InvalidBearerTokenException(e.getMessage());
            }
            return new JwtAuthenticationToken(jwt, authorities(people, id), id);
        };
    }

    private static String provision(PersonProvisioning provisioning, Map<String, Object> claims) {
        try {
            return provisioning.signedIn(claims);
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info", e.getMessage(), null));
        }
    }

    private static List<SimpleGrantedAuthority> authorities(People people, String id) {
        return people.groupsOf(id).stream().map(SimpleGrantedAuthority::new).toList();
    }
}
