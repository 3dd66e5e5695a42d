package org.sujarit.audit;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  /** The anchors' signing key, outside the database: the key file, created 0600 on the first start. */
  @Bean
  AnchorKey auditAnchorKey(@Value("${sujarit.audit.key-file:${sujarit.db.data-dir:./data}/audit-anchor.key}") Path file) {
    return AnchorKey.load(file);
  }
}
