package org.openanolis.governance.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every SQL statement the application prepares, in the order they came, for tests that count what a request reads.
 * Imported into a test's context, it wraps the data source that the domain and the engine share.
 */
public class StatementLog implements BeanPostProcessor {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    public static void clear() {
        STATEMENTS.clear();
    }

    /** How many statements since {@link #clear()} start with this text (case and spacing ignored). */
    public static long count(String start) {
        String wanted = normalize(start);
        return STATEMENTS.stream().map(StatementLog::normalize).filter(s -> s.startsWith(wanted)).count();
    }

    public static List<String> all() {
        return List.copyOf(STATEMENTS);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource source && !(bean instanceof Logging) ? new Logging(source) : bean;
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Logging extends DelegatingDataSource {

        Logging(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return logging(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return logging(super.getConnection(username, password));
        }

        private static Connection logging(Connection target) {
            return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                                && args != null && args[0] instanceof String sql) {
                            STATEMENTS.add(sql);
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
