package org.sujarit.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.Role;
import org.sujarit.common.RuleViolation;

/** Public codes: assigned once, replaced by the DLA code where known, the old one still found. */
@IntegrationTest
@Import(TestData.class)
class OrganizationCodeTest {
  @Autowired TestData data;
  @Autowired Organizations organizations;

  @Test
  void everyOrganizationGetsItsOwnCodeWhenStored() {
    Organization a = data.tenant("cda", "ขอนแก่น").organization();
    Organization b = data.tenant("cdb", "ขอนแก่น").organization();
    assertThat(a.code()).matches("S[0-9]{6,}");
    assertThat(b.code()).matches("S[0-9]{6,}").isNotEqualTo(a.code());
    assertThat(organizations.findByCode(a.code())).contains(a);
  }

  @Test
  void theDlaCodeReplacesTheAssignedOneAndTheOldCodeStillLeadsThere() {
    TestData.Tenant t = data.tenant("cdc", "ขอนแก่น");
    String assigned = t.organization().code();
    String dla = String.valueOf(6_000_000 + (System.nanoTime() % 1_000_000));
    Organization after = organizations.assignDlaCode(t.member(Role.ORG_ADMIN), t.organization().id(), toThai(dla));
    assertThat(after.code()).isEqualTo(dla);
    assertThat(organizations.findByCode(dla)).map(Organization::code).contains(dla);
    assertThat(organizations.findByCode(assigned)).map(Organization::id).contains(t.organization().id());
    assertThat(organizations.findByCode(assigned).orElseThrow().code()).isEqualTo(dla);
  }

  @Test
  void aCodeIsSevenDigitsAndNobodyElses() {
    TestData.Tenant t = data.tenant("cdd", "ขอนแก่น");
    TestData.Tenant u = data.tenant("cde", "ขอนแก่น");
    assertThatThrownBy(() -> organizations.assignDlaCode(t.member(Role.ORG_ADMIN), t.organization().id(), "12345"))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> organizations.assignDlaCode(t.member(Role.ORG_ADMIN), t.organization().id(), u.organization().code()))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> organizations.assignDlaCode(t.member(Role.PLANNER), t.organization().id(), "6401234"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(organizations.findByCode("nothing")).isEmpty();
  }

  private static String toThai(String digits) {
    return org.sujarit.common.ThaiDigits.toThai(digits);
  }
}
