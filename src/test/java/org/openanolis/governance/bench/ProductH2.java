package org.openanolis.governance.bench;

import java.nio.file.Path;
import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The product's default H2 database settings, read from its application.yaml, so that every variant of a benchmark
 * that runs on H2 (the product's nodes and the bare engine alike) uses exactly what a user gets, with a file of its
 * own.
 */
final class ProductH2 {

    private ProductH2() {
    }

    /** The product's {@code spring.datasource.url} with the database file moved to {@code file}. */
    static String url(Path file) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Properties properties = yaml.getObject();
        String url = properties == null ? null : properties.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:h2:file:") || !url.contains(";")) {
            throw new IllegalStateException("application.yaml has no H2 file URL with settings: " + url);
        }
        return "jdbc:h2:file:" + file.toAbsolutePath() + url.substring(url.indexOf(';'));
    }
}
