package org.openanolis.governance.system;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign-in through the community's own OpenID Connect provider, where one is configured: what the security chains
 * add beside the passwords. The people module provides it, since it keeps the persons the provider vouches for.
 */
public interface ProviderSignIn {

    /** The registration id of the provider's sign-in: the portal links to {@code /oauth2/authorization/community}. */
    String REGISTRATION = "community";

    /** The provider, as the portal's sign-in through its pages knows it. */
    ClientRegistrationRepository registrations();

    /** The portal's sign-in: the authorization code for tokens, and the person they name. */
    AuthenticationProvider portal();

    /** The API's bearer tokens: checked against the provider, and the person they name. */
    AuthenticationProvider api();
}
