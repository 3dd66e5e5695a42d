package org.sujarit.framework;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FrameworkConfiguration {
  @Bean
  FrameworkCatalog frameworkCatalog(@Value("${sujarit.frameworks.dir:}") String extraDir) {
    return FrameworkCatalog.load(extraDir.isBlank() ? null : Path.of(extraDir));
  }
}
