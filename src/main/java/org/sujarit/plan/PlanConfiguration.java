package org.sujarit.plan;

import org.sujarit.common.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

@Configuration(proxyBeanMethods = false)
class PlanConfiguration {
  /** The API writes plans with the same JSON as storage and the audit trail. */
  @Bean
  JacksonModule planJsonModule() {
    return Json.MODULE;
  }
}
