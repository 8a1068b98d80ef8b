package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PersonCommandGuard} in front of every command the engine runs, ahead of its transaction, so that a
 * refused command opens none.
 */
@Component
class PersonCommandGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        // The identity service is built during init, after this: the guard asks the configuration for it at run time.
        interceptors.add(new PersonCommandGuard(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public String toString() {
        return "PersonCommandGuardPlugin";
    }
}
