package org.sujarit.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link CurrentUser} of the running request, as placed by the account module at sign-in. */
public final class CurrentUsers {
  private CurrentUsers() {}

  public static Optional<CurrentUser> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) return Optional.empty();
    if (auth.getPrincipal() instanceof CurrentUserHolder holder) return Optional.of(holder.currentUser());
    return Optional.empty();
  }

  /** @throws AccessRefusedException when nobody is signed in */
  public static CurrentUser get() {
    return find().orElseThrow(() -> new AccessRefusedException(Permission.READ));
  }

  /** Implemented by the security principal so that other modules need not know its class. */
  public interface CurrentUserHolder {
    CurrentUser currentUser();
  }
}
