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

  private static Role[] holders(Permission p) {
    return Arrays.stream(Role.values()).filter(p::grantedTo).toArray(Role[]::new);
  }
}
