package org.sujarit.complaint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.IntegrationTest;
import org.sujarit.access.Role;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Deadline;
import org.sujarit.complaint.Status;
import org.sujarit.complaint.internal.CaseFilter;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views;
import org.sujarit.organization.OrganizationId;

/** With the demo, the demo organization's complaint officer finds cases in every state and both channels are open. */
@IntegrationTest
@TestPropertySource(properties = "sujarit.demo.enabled=true")
class ComplaintDemoTest {
  @Autowired AccountLookup accounts;
  @Autowired Complaints complaints;

  @Test
  void theDemoOrganizationHasCasesInEveryState() {
    var officer = accounts.findByUsername(ComplaintDemo.OFFICER).orElseThrow().asCurrentUser();
    assertThat(officer.roles()).containsExactly(Role.COMPLAINT_OFFICER);
    OrganizationId org = new OrganizationId(officer.organizationId());
    Views.CaseList list = complaints.list(officer, org, CaseFilter.ALL, 1);
    assertThat(list.total()).isEqualTo(7);
    assertThat(list.channels()).containsExactlyInAnyOrder(Channel.GENERAL, Channel.CORRUPTION);
    assertThat(list.cases()).extracting(Views.CaseSummary::status)
        .contains(Status.CLOSED, Status.UNDER_INVESTIGATION, Status.FORWARDED, Status.RECEIVED, Status.ACCEPTED);
    assertThat(list.cases()).extracting(Views.CaseSummary::deadline).contains(Deadline.State.OVERDUE, Deadline.State.DUE_SOON, Deadline.State.MET);
    assertThat(complaints.publicChannel(org, Channel.CORRUPTION).open()).isTrue();
    assertThat(complaints.statistics(org, list.cases().get(0).number().year()).get(0).total().rated()).isEqualTo(2);
  }
}
