package org.sujarit.account.signin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.sujarit.account.UserAccount;

@Component
class AccountUserDetailsService implements UserDetailsService {
  private final SignInAccounts accounts;
  private final JdbcClient jdbc;

  AccountUserDetailsService(SignInAccounts accounts, JdbcClient jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserAccount account = accounts.findByUsername(username == null ? "" : username.strip())
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    String hash = jdbc.sql("select password_hash from app_user where id = ?").param(account.id()).query(String.class).single();
    return new AccountPrincipal(account.asCurrentUser(), hash, account.enabled(), accounts.holdsTemporaryPassword(account.id()),
        account.twoFactor());
  }
}
