package org.sujarit.importer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.importer.pipeline.ImportLimits;
import org.sujarit.importer.pipeline.PlanImporter;

/** The importer as a bean of the web application, with the installation's frameworks. */
@Configuration(proxyBeanMethods = false)
class ImporterConfiguration {
  @Bean
  PlanImporter planImporter(FrameworkCatalog frameworks) {
    return new PlanImporter(frameworks, ImportLimits.DEFAULT);
  }
}
