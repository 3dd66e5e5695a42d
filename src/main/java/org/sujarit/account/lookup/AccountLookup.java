package org.sujarit.account.lookup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sujarit.access.Role;
import org.sujarit.account.UserAccount;
import org.sujarit.organization.OrganizationId;

/**
 * Accounts read without an access check, for the modules that declare {@code account :: lookup}: the
 * account module's own pages (which then call the checked {@link org.sujarit.account.Accounts}), demo
 * data, the signer of an approved plan, and the officers a case is assigned to.
 */
public interface AccountLookup {
  Optional<UserAccount> find(UUID id);

  Optional<UserAccount> findByUsername(String username);

  /** The members of an organization holding a role, e.g. its executives. */
  List<UserAccount> holding(OrganizationId org, Role role);

  /** Every account holding a role, of any organization: a check over many organizations in one read. */
  List<UserAccount> holding(Role role);
}
