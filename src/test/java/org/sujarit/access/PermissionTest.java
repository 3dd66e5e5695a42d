package org.sujarit.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Monitoring's rights are named for what they allow and granted as before they had names of their own. */
class PermissionTest {

  @Test
  void monitoringRightsGoToThePlannerAndTheExecutive() {
    assertThat(holders(Permission.REVIEW_PROGRESS)).containsExactly(Role.PLANNER);
    assertThat(holders(Permission.MANAGE_MONITORING)).containsExactly(Role.PLANNER);
    assertThat(holders(Permission.ACKNOWLEDGE_ROUND)).containsExactly(Role.EXECUTIVE);
    assertThat(holders(Permission.REPORT_PROGRESS)).containsExactlyInAnyOrder(Role.UNIT_OFFICER, Role.PLANNER);
  }

  @Test
  void onlyComplaintOfficersReadComplaintsAndTheAdministratorOnlyAssignsThem() {
    assertThat(holders(Permission.HANDLE_COMPLAINT)).containsExactly(Role.COMPLAINT_OFFICER);
    assertThat(holders(Permission.MANAGE_COMPLAINTS)).containsExactly(Role.ORG_ADMIN);
    assertThat(Role.COMPLAINT_OFFICER.organizational()).isTrue();
  }

  @Test
  void riskAndNoGiftRights() {
    assertThat(holders(Permission.MANAGE_RISK)).containsExactlyInAnyOrder(Role.PLANNER, Role.AUDITOR);
    assertThat(holders(Permission.APPROVE_RISK)).containsExactly(Role.EXECUTIVE);
    assertThat(holders(Permission.REPORT_RISK)).containsExactlyInAnyOrder(Role.UNIT_OFFICER, Role.PLANNER, Role.AUDITOR);
    assertThat(holders(Permission.RECORD_GIFT)).containsExactlyInAnyOrderElementsOf(Role.organizationalRoles());
    assertThat(holders(Permission.READ_GIFTS)).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.AUDITOR, Role.PLANNER);
    assertThat(holders(Permission.MANAGE_NO_GIFT)).containsExactly(Role.PLANNER);
    assertThat(holders(Permission.SIGN_NO_GIFT)).containsExactly(Role.EXECUTIVE);
  }

  private static Role[] holders(Permission p) {
    return Arrays.stream(Role.values()).filter(p::grantedTo).toArray(Role[]::new);
  }
}
