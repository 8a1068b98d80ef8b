package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * How the engine keeps passwords: new ones as bcrypt ({@link BcryptPasswordEncryptor}); the salted SHA-512 of
 * Camunda's default, one round and fast to guess from a stolen table, is still checked so that existing users can
 * sign in, and each is stored anew as bcrypt at that user's next sign-in ({@link PasswordUpgrade}). A password set
 * through Camunda's Admin, the engine REST API or the identity service needs at least {@link #MIN_LENGTH} characters.
 */
@Component
class PasswordsPlugin extends AbstractProcessEnginePlugin {

    static final int MIN_LENGTH = 12;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda's PasswordManager keeps checking its own SHA-512 hashes next to the default encryptor set here.
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor());
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new MinimumLength());
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new PasswordPolicyAnswer());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public String toString() {
        return "PasswordsPlugin";
    }

    /** Length only: rules of character classes make people write passwords down, not stronger ones. */
    private static final class MinimumLength implements PasswordPolicy {

        @Override
        public List<PasswordPolicyRule> getRules() {
            return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH));
        }
    }
}
