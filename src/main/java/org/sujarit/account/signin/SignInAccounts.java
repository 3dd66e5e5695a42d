package org.sujarit.account.signin;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.UserAccount;

/**
 * What signing in, its second step and the reset link need of the accounts, mostly without an access
 * check. The base package implements it with the rules of {@link org.sujarit.account.Accounts}, which
 * offers none of it to other modules.
 */
public interface SignInAccounts {
  Optional<UserAccount> find(UUID id);

  Optional<UserAccount> findByUsername(String username);

  /** The one account with this e-mail address; none when no account or several share it. */
  Optional<UserAccount> findByEmail(String email);

  /** Whether the account still holds a temporary password, which it may use only to choose its own. */
  boolean holdsTemporaryPassword(UUID accountId);

  /** Sets a password its holder chose through a reset link. */
  void setOwnPassword(UUID accountId, String newPassword);

  /** Refuses an administrator a change of an account outside their reach (ORG_ADMIN: own organization, organizational roles). */
  void authorizeAccountChange(CurrentUser admin, UUID organizationId, Set<Role> roles);
}
