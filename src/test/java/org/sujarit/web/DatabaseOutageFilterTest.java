package org.sujarit.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The deadline-week benchmark met this once: the database died while a page was rendered (the error stays
 * in the request), then the session could not be saved either; Tomcat turned the filter's 503 into its own 500.
 */
class DatabaseOutageFilterTest {

  private static DatabaseOutageFilter filter() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new DatabaseOutageFilter(new Messages(source), new FixedLocaleResolver(java.util.Locale.forLanguageTag("th")));
  }

  @Test
  void anOutageAfterAFailedRenderIsStillTheThai503() throws Exception {
    DatabaseOutageFilter filter = filter();
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/plans/x/progress");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
        req.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("render failed"));
        throw new DataAccessResourceFailureException("session not saved");
      }
    });

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo(ErrorHandling.RETRY_AFTER);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("ฐานข้อมูล");
    assertThat(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)).isNull(); // Tomcat's valve would answer 500 with it
    assertThat(response.isCommitted()).isTrue();
  }

  /**
   * The second deadline-week run met this twice at the database's kill: loading a JDBC session failed, and
   * so did the rollback after it, whose exception (no SQL state) hid the first one; it was a 500.
   */
  @Test
  void aSessionLoadWhoseRollbackAlsoFailedIsTheThai503() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/plans/x/progress");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
        var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
            new java.sql.SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("session not loaded"));
        throw rollback;
      }
    });

    filter().doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("ฐานข้อมูล");
  }
}
