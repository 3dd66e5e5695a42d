package org.sujarit.account.signin;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.sujarit.web.Messages;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  static final String[] PUBLIC = {
      "/login", "/login/forgot", "/login/reset", "/login/code", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
      // the load balancer's probe (database/DatabaseHealth): a status only
      "/health",
      "/v3/api-docs/**", "/api-docs/**", "/swagger-ui/**",
      // the public transparency site (publication module, published plans and acknowledged reports only) and the
      // complaint channels: citizens read, file, track and see statistics without an account
      "/o", "/o/**", "/api/public/**", "/sitemap.xml", "/open-data/**",
      // the risk matrices' level colours, which the public risk page uses too
      "/risk/matrices.css",
      // the audit trail's signed anchors (length and head hash only) and their public key, for anyone to keep
      "/audit/anchors", "/audit/anchors.json", "/audit/anchors/**"};
  private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  // Swagger UI styles itself inline; it shows no user data
  private static final String CSP_API_DOCS = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "script-src 'self'; object-src 'none'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder(@Value("${sujarit.security.bcrypt-strength:12}") int strength) {
    return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
  }

  @Bean
  AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new ProviderManager(new RateLimitedAuthenticationProvider(dao, attempts));
  }

  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager, SignInAccounts accounts,
      Messages messages, SecondStep secondStep) throws Exception {
    RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    RequestMatcher apiWithCredentials = request -> api.matches(request) && request.getHeader("Authorization") != null;
    // the public JSON API takes no cookie-borne identity, so a forged cross-site request gains nothing
    RequestMatcher publicApi = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/public/");
    RequestMatcher apiDocs = request -> {
      String uri = request.getRequestURI().substring(request.getContextPath().length());
      return uri.startsWith("/swagger-ui") || uri.startsWith("/api-docs");
    };
    http
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").successHandler(secondStep.successHandler())
            .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
                + (ex instanceof SignInDelayedException d ? "/login?wait=" + d.seconds() : "/login?error"))))
        .httpBasic(b -> b.realmName("Sujarit"))
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        // API clients authenticating with a header send no cookie a forged page could borrow
        .csrf(c -> c.ignoringRequestMatchers(apiWithCredentials, publicApi))
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
            .defaultAuthenticationEntryPointFor(new HtmxAwareEntryPoint("/login"), request -> true)
            .accessDeniedHandler(new HtmxAwareAccessDeniedHandler()))
        .headers(h -> h
            .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            // written by FramingHeaderWriter, which lets an embeddable page name the one site that may frame it
            .frameOptions(f -> f.disable())
            .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
        .headers(h -> h.addHeaderWriter(new FramingHeaderWriter(CSP)).addHeaderWriter(new ApiDocsCspWriter(apiDocs, CSP_API_DOCS)))
        .addFilterBefore(new SecondFactorFilter(messages), AuthorizationFilter.class)
        .addFilterAfter(new TemporaryPasswordFilter(accounts, messages), AuthorizationFilter.class);
    return http.build();
  }
}
