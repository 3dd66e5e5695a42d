package org.sujarit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.NewAccount;
import org.sujarit.account.UserAccount;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.Unit;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/** Builds organizations with one member per role, through the application's own services. */
@TestComponent
public class TestData {
  public static final String PASSWORD = "correct-horse-battery";

  private final Organizations organizations;
  private final Accounts accounts;
  private final Plans plans;

  public TestData(Organizations organizations, Accounts accounts, Plans plans) {
    this.organizations = organizations;
    this.accounts = accounts;
    this.plans = plans;
  }

  /** An organization, a unit, and one member per organizational role, named {@code <prefix>.<role>}. */
  public Tenant tenant(String prefix, String province) {
    Organization org = organizations.createBySystem("องค์การบริหารส่วนตำบล" + prefix + UUID.randomUUID().toString().substring(0, 6),
        OrganizationKind.SAO, province, "เมือง");
    Unit unit = organizations.unitNamed("system", org.id(), "กองคลัง");
    Map<Role, CurrentUser> members = new EnumMap<>(Role.class);
    for (Role role : Role.organizationalRoles()) {
      String username = prefix + "." + role.name().toLowerCase().replace('_', '-');
      UserAccount a = accounts.createBySystem(new NewAccount(username, "ผู้ใช้ " + username, PASSWORD, org.id().value(),
          role == Role.UNIT_OFFICER ? unit.id().value() : null, Set.of(role), null));
      members.put(role, a.asCurrentUser());
    }
    return new Tenant(org, unit, members);
  }

  public CurrentUser account(String username, Role role, String oversightProvince) {
    return accounts.createBySystem(new NewAccount(username, "ผู้ใช้ " + username, PASSWORD, null, null, Set.of(role), oversightProvince))
        .asCurrentUser();
  }

  /** A draft 2566–2570 plan of the tenant. */
  public Plan draftPlan(Tenant t) {
    return plans.create(t.member(Role.PLANNER), t.organization().id(), "NACC_2566", FiscalPeriod.of(2566, 2570), "แผนทดสอบ");
  }

  public record Tenant(Organization organization, Unit unit, Map<Role, CurrentUser> members) {
    public CurrentUser member(Role role) {
      return members.get(role);
    }

    public List<CurrentUser> all() {
      return List.copyOf(members.values());
    }
  }
}
