package org.sujarit;

import java.util.List;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** MockMvc requests as a signed-in {@link CurrentUser}, without going through the login form. */
public final class SignedIn {
  private SignedIn() {}

  public static RequestPostProcessor as(CurrentUser user) {
    CurrentUsers.CurrentUserHolder holder = () -> user;
    List<SimpleGrantedAuthority> roles = user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    return authentication(new TestingAuthenticationToken(holder, null, roles));
  }
}
