package org.sujarit.account;

import java.util.Set;
import java.util.UUID;
import org.sujarit.access.Role;

/** What an administrator fills in to create an account. */
public record NewAccount(
    String username, String displayName, String password, UUID organizationId, UUID unitId, Set<Role> roles,
    String oversightProvince) {}
