package org.sujarit.workspace;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;

/**
 * The guided first run of a new organization's administrator: units, members and the first plan,
 * shown until all three exist or the administrator puts the guide away (kept per account, so it
 * stays away at the next sign-in).
 */
@Service
class FirstRuns {
  /** The steps of the first run: done or not. */
  record FirstRun(boolean units, boolean members, boolean plan) {
    boolean done() {
      return units && members && plan;
    }
  }

  private final Organizations organizations;
  private final Accounts accounts;
  private final FirstRunDismissals dismissals;

  FirstRuns(Organizations organizations, Accounts accounts, FirstRunDismissals dismissals) {
    this.organizations = organizations;
    this.accounts = accounts;
    this.dismissals = dismissals;
  }

  /** The steps to show {@code user} on the dashboard of {@code org}: none unless they administer it and have steps left. */
  Optional<FirstRun> of(CurrentUser user, OrganizationId org, boolean hasPlan) {
    if (!user.roles().contains(Role.ORG_ADMIN) || !org.value().equals(user.organizationId()) || dismissals.dismissed(user.userId())) {
      return Optional.empty();
    }
    FirstRun run = new FirstRun(!organizations.units(user, org).isEmpty(), accounts.members(user, org).size() > 1, hasPlan);
    return run.done() ? Optional.empty() : Optional.of(run);
  }

  @Transactional
  void dismiss(CurrentUser user, OrganizationId org) {
    organizations.get(user, org);
    dismissals.dismiss(user.userId());
  }
}
