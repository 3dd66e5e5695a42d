package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.internal.CaseFilter;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.organization.OrganizationId;

/**
 * The complaint module publishes that a complaint was received and that a case was closed, for
 * counting: the events carry the organization, year, channel and date, and nothing the complainant wrote.
 */
// library provides plan's StandardItems port; database the DataSource
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"library", "database"})
@ActiveProfiles("test")
@Import(TestData.class)
@TestPropertySource(properties = "sujarit.complaint.files-dir=target/test-complaint-files")
class ComplaintEventsTest {
  static final String SECRET = "ปลัดเรียกรับเงินใต้โต๊ะจากผู้รับเหมาถนนสายบ้านโนนงาม";

  @Autowired Complaints complaints;
  @Autowired TestData data;

  @Test
  void receivingAndClosingAComplaintArePublishedWithoutItsContent(Scenario scenario) {
    TestData.Tenant t = data.tenant("cev", "ขอนแก่น");
    OrganizationId org = t.organization().id();
    CurrentUser officer = t.member(Role.COMPLAINT_OFFICER);
    complaints.configure(t.member(Role.ORG_ADMIN), org, new ChannelSetup(Channel.CORRUPTION, true, 15, List.of(officer.userId())));
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    int year = FiscalYear.containing(today).value();

    scenario.stimulate(() -> complaints.submit(org, new Submission(Channel.CORRUPTION, true, null, null, false, "เรียกรับสินบน", SECRET,
            "ปลัด อบต.", "มกราคม 2569", "สำนักงาน อบต.", "กองช่าง", "BRIBERY", true), List.of(), "203.0.113.9"))
        .andWaitForEventOfType(ComplaintReceived.class)
        .matching(e -> e.organizationId().equals(org))
        .toArriveAndVerify(e -> {
          assertThat(e).isEqualTo(new ComplaintReceived(org, year, Channel.CORRUPTION, today));
          assertThat(e.toString()).doesNotContain(SECRET);
        });

    UUID caseId = complaints.list(officer, org, CaseFilter.ALL, 1).cases().get(0).id();
    complaints.act(officer, caseId, new Complaints.Action(Complaints.Action.Kind.NOT_IN_SCOPE, today, "ไม่อยู่ในอำนาจหน้าที่", null, null, null));
    scenario.stimulate(() -> complaints.act(officer, caseId, new Complaints.Action(Complaints.Action.Kind.CLOSE, today, null, null, null, null)))
        .andWaitForEventOfType(ComplaintClosed.class)
        .matching(e -> e.organizationId().equals(org))
        .toArriveAndVerify(e -> assertThat(e).isEqualTo(new ComplaintClosed(org, year, Channel.CORRUPTION, today)));
  }
}
