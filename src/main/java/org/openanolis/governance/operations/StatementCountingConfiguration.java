package org.openanolis.governance.operations;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code governance.database.count-statements=true}: every data source of the context is wrapped so that its SQL
 * statements and transactions are counted, as the metrics {@code governance_database_statements_total} and
 * {@code governance_database_transactions_total}, and every answer tells what its request cost in a
 * {@code Server-Timing} header ({@link ServerTimingFilter}). Off by default, and then nothing is wrapped and nothing
 * costs: it is there for the benchmarks (README "Performance") and for finding out what a slow request asks of the
 * database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "governance.database.count-statements", havingValue = "true")
class StatementCountingConfiguration {

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    /** Static, and the counter looked up only when a data source appears, so that nothing else is created early. */
    @Bean
    static BeanPostProcessor statementCountingDataSources(ObjectProvider<StatementCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
                    return new CountingDataSource(dataSource, counter.getObject());
                }
                return bean;
            }
        };
    }

    /** Outside every other filter, Spring Security's included, so that signing in is part of the request's cost. */
    @Bean
    FilterRegistrationBean<ServerTimingFilter> serverTimingFilter() {
        FilterRegistrationBean<ServerTimingFilter> registration = new FilterRegistrationBean<>(new ServerTimingFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
