package org.sujarit.account.signin;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TwoFactorConfiguration {
  private static final Logger log = LoggerFactory.getLogger(TwoFactorConfiguration.class);

  /**
   * The key the TOTP secrets are sealed with: {@code sujarit.security.secret-key} (base64), else the key
   * file, created 0600 on the first start; in {@code sujarit.files.dir} by default, the storage every
   * node shares, so that all nodes open the secrets with the same key.
   */
  @Bean
  TotpSecrets totpSecrets(@Value("${sujarit.security.secret-key:${SUJARIT_SECRET_KEY:}}") String key,
      @Value("${sujarit.security.secret-key-file:${sujarit.files.dir:${sujarit.db.data-dir:./data}}/secret.key}") Path file) {
    return TotpSecrets.load(key, file);
  }

  /** Before the web server takes requests: plain secrets of older versions sealed, a wrong key stops the start. */
  @Bean
  SmartInitializingSingleton sealTotpSecretsAtStart(ObjectProvider<TwoFactor> twoFactor,
      @Value("${sujarit.security.forget-unreadable-two-factor:false}") boolean forgetUnreadable) {
    return () -> {
      int sealed = twoFactor.getObject().sealStoredSecrets(forgetUnreadable);
      if (sealed > 0) log.info("Sealed {} two-factor secrets stored in plain text", sealed);
    };
  }
}
