package org.sujarit.risk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The matrices are read once at start; a broken built-in file stops the start with its reason. */
@Configuration(proxyBeanMethods = false)
class RiskConfiguration {
  @Bean
  RiskMatrices riskMatrices() {
    return RiskMatrices.builtIn();
  }
}
