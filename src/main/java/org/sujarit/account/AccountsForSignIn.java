package org.sujarit.account;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.signin.SignInAccounts;

/** The accounts as the sign-in layer sees them: {@link Accounts}' unchecked steps, kept off its public API. */
@Component
class AccountsForSignIn implements SignInAccounts {
  private final Accounts accounts;

  AccountsForSignIn(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Optional<UserAccount> find(UUID id) {
    return accounts.find(id);
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return accounts.findByUsername(username);
  }

  @Override
  public Optional<UserAccount> findByEmail(String email) {
    return accounts.findByEmail(email);
  }

  @Override
  public boolean holdsTemporaryPassword(UUID accountId) {
    return accounts.holdsTemporaryPassword(accountId);
  }

  @Override
  public void setOwnPassword(UUID accountId, String newPassword) {
    accounts.setOwnPassword(accountId, newPassword);
  }

  @Override
  public void authorizeAccountChange(CurrentUser admin, UUID organizationId, Set<Role> roles) {
    accounts.authorizeAccountChange(admin, organizationId, roles);
  }
}
