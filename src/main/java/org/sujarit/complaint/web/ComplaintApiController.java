package org.sujarit.complaint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.internal.CaseFilter;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views;
import org.sujarit.organization.OrganizationId;
import org.sujarit.web.Messages;

/** The officers' API: the same rights as their pages (statistics for the organization's readers, cases for assigned officers). */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints")
class ComplaintApiController {
  private final Complaints complaints;
  private final Messages messages;

  ComplaintApiController(Complaints complaints, Messages messages) {
    this.complaints = complaints;
    this.messages = messages;
  }

  record ActionRequest(Complaints.Action.Kind action, LocalDate on, String text, Forwarding.Body body, String bodyName, String reference) {}

  record MessageRequest(String text) {}

  @Operation(summary = "ตัวเลขสถิติของปีงบประมาณ: ทั้งปี ครึ่งปี ไตรมาส รายเดือน และตามช่องทาง")
  @GetMapping("/statistics")
  PublicComplaintApiController.YearStatistics statistics(@RequestParam OrganizationId organization,
      @RequestParam(required = false) Integer fiscalYear) {
    FiscalYear year = fiscalYear == null ? FiscalYear.containing(LocalDate.now(ThaiDates.BANGKOK)) : FiscalYear.of(fiscalYear);
    return PublicComplaintApiController.yearStatistics(complaints.statistics(CurrentUsers.get(), organization, year), messages);
  }

  @Operation(summary = "เรื่องของช่องทางที่ได้รับมอบหมาย ทีละ 50 เรื่อง: ใหม่สุดก่อน หรือตามวันครบกำหนดสำหรับ filter=AWAITING|DUE_SOON|OVERDUE"
      + " (open=true เท่ากับ filter=AWAITING); เรื่องทุจริตไม่แสดงหัวเรื่องในรายการ")
  @GetMapping
  Views.CaseList list(@RequestParam OrganizationId organization, @RequestParam(required = false) CaseFilter filter,
      @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "1") int page) {
    return complaints.list(CurrentUsers.get(), organization, ComplaintPagesController.filter(filter, open), page);
  }

  @Operation(summary = "เรื่องหนึ่งเรื่อง (การเปิดดูเรื่องทุจริตถูกบันทึก); ไม่มีตัวตนของผู้ร้องเรียน")
  @GetMapping("/{caseId}")
  Views.CaseView view(@PathVariable UUID caseId) {
    return complaints.view(CurrentUsers.get(), caseId);
  }

  @Operation(summary = "ดำเนินการตามขั้นตอน: ACCEPT, NOT_IN_SCOPE, INVESTIGATE, RESULT, FORWARD, CLOSE, EXPLAIN_DELAY")
  @PostMapping("/{caseId}/actions")
  @Requires(Permission.HANDLE_COMPLAINT)
  Views.CaseView act(@PathVariable UUID caseId, @RequestBody ActionRequest a) {
    return complaints.act(CurrentUsers.get(), caseId, new Complaints.Action(a.action(), a.on(), a.text(), a.body(), a.bodyName(), a.reference()));
  }

  @Operation(summary = "ส่งข้อความถึงผู้ร้องเรียน (อ่านได้ด้วยรหัสติดตาม)")
  @PostMapping("/{caseId}/messages")
  @Requires(Permission.HANDLE_COMPLAINT)
  Views.CaseView message(@PathVariable UUID caseId, @RequestBody MessageRequest m) {
    complaints.message(CurrentUsers.get(), caseId, m.text());
    return complaints.view(CurrentUsers.get(), caseId);
  }
}
