package org.sujarit.publication.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags on the public site: a browser or proxy asking again for an unchanged page gets 304 and no body. */
@Configuration(proxyBeanMethods = false)
class PublicSiteConfiguration {

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    bean.addUrlPatterns("/o", "/o/*");
    bean.setName("publicEtags");
    return bean;
  }
}
