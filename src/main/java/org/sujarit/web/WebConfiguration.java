package org.sujarit.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Thai by default; {@code ?lang=en} or {@code ?lang=th} switches and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  static final Locale THAI = Locale.forLanguageTag("th-TH");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("sujarit-lang");
    resolver.setDefaultLocale(THAI);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang);
    registry.addInterceptor(new DigitPreference.Interceptor());
    registry.addInterceptor(new RequiredPermission());
  }

  /** Ahead of every other filter, Spring Security's included. */
  @Bean
  FilterRegistrationBean<RequestLimits> requestLimits(Messages messages, LocaleResolver locales,
      @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize max) {
    FilterRegistrationBean<RequestLimits> bean = new FilterRegistrationBean<>(new RequestLimits(max.toBytes(), messages, locales));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return bean;
  }

  /** Next, still ahead of Spring Session's repository filter and Spring Security. */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutage(Messages messages, LocaleResolver locales) {
    FilterRegistrationBean<DatabaseOutageFilter> bean = new FilterRegistrationBean<>(new DatabaseOutageFilter(messages, locales));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return bean;
  }
}
