package org.openanolis.governance.system;

import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.stereotype.Component;

/**
 * Every delegate, listener and expression the engine calls runs with its case in the logging context
 * ({@link CaseLog}), so the lines of the services it calls carry the case id whichever thread runs it: a request,
 * the job executor, a test. Every process of ours is started with the case id as business key and the variable
 * {@code caseType} (the committee vote inherits both from the case it decides).
 */
@Component
class CaseLoggingPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DelegateInterceptor inner = configuration.getDelegateInterceptor() == null
                ? new DefaultDelegateInterceptor() : configuration.getDelegateInterceptor();
        configuration.setDelegateInterceptor(new CaseLoggingInterceptor(inner));
    }

    @Override
    public String toString() {
        return "CaseLoggingPlugin";
    }

    /** Wraps the engine's own interceptor, which switches class loaders and contexts, and leaves it to do that. */
    static final class CaseLoggingInterceptor implements DelegateInterceptor {

        private final DelegateInterceptor inner;

        CaseLoggingInterceptor(DelegateInterceptor inner) {
            this.inner = inner;
        }

        @Override
        public void handleInvocation(DelegateInvocation invocation) throws Exception {
            if (!(invocation.getContextExecution() instanceof DelegateExecution execution)) {
                inner.handleInvocation(invocation);
                return;
            }
            try (CaseLog.Scope ignored = CaseLog.of(caseTypeOf(execution), execution.getProcessBusinessKey())) {
                inner.handleInvocation(invocation);
            }
        }

        private static String caseTypeOf(BaseDelegateExecution execution) {
            try {
                return execution.getVariable(CaseLog.CASE_TYPE) instanceof String type ? type : null;
            } catch (RuntimeException e) {
                // An execution on its way out may no longer reach its variables; the line then goes without the type.
                return null;
            }
        }
    }
}
