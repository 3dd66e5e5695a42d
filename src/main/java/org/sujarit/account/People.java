package org.sujarit.account;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * People's names for histories and stamps, which record the user name ({@code demo.unit}): templates
 * write {@code ${@people.name(stamp.by())}}. Names are looked up once per request; a name that is no
 * account (the system, a complainant) is shown as recorded.
 */
@Component("people")
public class People {
  private static final String CACHE = People.class.getName();

  private final JdbcClient jdbc;

  People(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String name(String username) {
    if (username == null || username.isBlank()) return "";
    Map<String, String> known = cache();
    return known.computeIfAbsent(username, u -> jdbc.sql("select display_name from app_user where lower(username) = lower(?)")
        .param(u).query(String.class).optional().orElse(u));
  }

  /** The name as signatures print it, the position being printed on its own line: see {@link #personal(String)}. */
  public String personalName(String username) {
    return personal(name(username));
  }

  /** "นายสมชาย ใจซื่อ (นายกองค์การบริหารส่วนตำบล)" → "นายสมชาย ใจซื่อ": a display name without the position some carry in brackets. */
  public static String personal(String displayName) {
    return displayName.replaceFirst("\\s*\\(.*\\)\\s*$", "");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> cache() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) return new HashMap<>();
    Object cached = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
    if (cached instanceof Map<?, ?> m) return (Map<String, String>) m;
    Map<String, String> fresh = new HashMap<>();
    request.setAttribute(CACHE, fresh, RequestAttributes.SCOPE_REQUEST);
    return fresh;
  }
}
