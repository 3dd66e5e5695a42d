package org.sujarit.publication.web;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.sujarit.publication.site.PublicSite;

/**
 * ETags on the public site (a browser or proxy asking again for an unchanged page gets 304 and no body)
 * and the embeddable versions of its pages.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteConfiguration implements WebMvcConfigurer {
  private final EmbedInterceptor embed;

  PublicSiteConfiguration(EmbedInterceptor embed) {
    this.embed = embed;
  }

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    bean.addUrlPatterns("/o", "/o/*");
    bean.setName("publicEtags");
    // inside the page cache, which keeps the ETag it computes
    bean.setOrder(Ordered.LOWEST_PRECEDENCE);
    return bean;
  }

  @Bean
  PublicPageCache publicPageCache(Clock clock) {
    return new PublicPageCache(clock);
  }

  @Bean
  PublicPageCache.Invalidation publicPageCacheInvalidation(PublicPageCache cache, PublicSite site, ApplicationEventPublisher events,
      @Value("${sujarit.db.replica-url:}") String replica, @Value("${sujarit.db.replica-lag:PT2S}") Duration replicaLag) {
    return new PublicPageCache.Invalidation(cache, site, events, replica.isBlank() ? Duration.ZERO : replicaLag);
  }

  @Bean
  FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
    FilterRegistrationBean<PublicPageCache> bean = new FilterRegistrationBean<>(cache);
    bean.addUrlPatterns("/o", "/o/*");
    bean.setName("publicPageCache");
    bean.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    return bean;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(embed).addPathPatterns("/o/**");
  }
}
