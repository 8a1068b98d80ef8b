package org.openanolis.governance.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/**
 * After a successful sign-in, a password still kept as an older hash is stored again as bcrypt: the password is in
 * hand only then. The policy's minimum length is not applied here: the password was set before it, and refusing to
 * re-hash it would leave the weaker hash in place.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class PasswordUpgrade {

    private static final String CURRENT_PREFIX = "{" + BcryptPasswordEncryptor.NAME + "}";

    private final IdentityService identityService;

    /** Answers the hash stored now. */
    String upgradeIfOutdated(UserEntity user, String password) {
        if (user.getPassword() == null || user.getPassword().startsWith(CURRENT_PREFIX)) {
            return user.getPassword();
        }
        user.setPassword(password);
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        log.info("The password of {} is now stored as bcrypt", user.getId());
        return ((UserEntity) identityService.createUserQuery().userId(user.getId()).singleResult()).getPassword();
    }

    /** The same, for a sign-in that only has the user's id (Camunda's webapps). */
    void upgradeIfOutdated(String userId, String password) {
        UserEntity user = (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
        if (user != null) {
            upgradeIfOutdated(user, password);
        }
    }
}
