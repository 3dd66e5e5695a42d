package org.sujarit.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.risk.ControlQuality;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.TrafficLight;
import org.sujarit.risk.TreatmentStatus;
import org.sujarit.risk.nogift.Gift;
import org.sujarit.risk.nogift.GiftDecision;
import org.sujarit.risk.nogift.GiftDirection;
import org.sujarit.risk.nogift.GiftLimit;
import org.sujarit.risk.nogift.NoGift;
import org.sujarit.risk.nogift.NoGiftPolicy;

/** The risk assessment and No Gift records as JSON, with the same rights and rules as the pages. */
@RestController
@Tag(name = "Risk", description = "การประเมินความเสี่ยงการทุจริตประจำปี และนโยบาย No Gift กับทะเบียนการรับของขวัญ")
class RiskApiController {
  private final RiskAssessments assessments;
  private final NoGift noGift;

  RiskApiController(RiskAssessments assessments, NoGift noGift) {
    this.assessments = assessments;
    this.noGift = noGift;
  }

  record MeasureRequest(UUID id, UUID planItem, String text, UUID ownerUnit, LocalDate startsOn, LocalDate endsOn) {
    Measure toMeasure() {
      return new Measure(id, planItem == null ? null : new PlanItemId(planItem), text, ownerUnit == null ? null : new UnitId(ownerUnit), startsOn,
          endsOn);
    }
  }

  /** A risk: its score as likelihood and impact on the assessment's matrix, which gives the level. */
  record RiskRequest(UUID id, UUID lineage, String area, String process, String description, RiskFactor factor, UUID ownerUnit,
      TrafficLight light, Integer likelihood, Integer impact, ControlQuality control, List<MeasureRequest> measures, TreatmentStatus treatment,
      String results, String comment) {
    RiskAssessments.RiskEntry toEntry() {
      return new RiskAssessments.RiskEntry(new Risk(id, lineage, area, process, description, factor, ownerUnit == null ? null : new UnitId(ownerUnit),
          light, null, control, null, measures == null ? List.of() : measures.stream().map(MeasureRequest::toMeasure).toList(), treatment, results,
          comment), likelihood, impact);
    }
  }

  /** {@code matrix}: a matrix id to change a draft's matrix (its newest version), or null to keep it. */
  record AssessmentRequest(long revision, String matrix, List<RiskRequest> risks) {}

  record AssessmentResponse(RiskAssessment assessment, RiskMatrix matrix) {}

  @GetMapping("/api/organizations/{orgId}/risk-assessments/{fiscalYear}")
  @Operation(summary = "The assessment of a fiscal year with its matrix (every reader of the organization)")
  AssessmentResponse get(@PathVariable OrganizationId orgId, @PathVariable int fiscalYear) {
    RiskAssessments.View v = assessments.view(CurrentUsers.get(), orgId, FiscalYear.of(fiscalYear));
    return new AssessmentResponse(v.assessment(), v.matrix());
  }

  @PutMapping("/api/organizations/{orgId}/risk-assessments/{fiscalYear}")
  @Requires(Permission.MANAGE_RISK)
  @Operation(summary = "Create or replace the draft's risks (AUDITOR or PLANNER); a stale revision is refused")
  AssessmentResponse put(@PathVariable OrganizationId orgId, @PathVariable int fiscalYear, @RequestBody AssessmentRequest body) {
    CurrentUser user = CurrentUsers.get();
    FiscalYear year = FiscalYear.of(fiscalYear);
    long revision = body.revision();
    if (assessments.find(user, orgId, year).isEmpty()) revision = assessments.start(user, orgId, year, body.matrix(), RiskAssessments.Start.EMPTY).revision();
    List<RiskAssessments.RiskEntry> risks = body.risks() == null ? List.of() : body.risks().stream().map(RiskRequest::toEntry).toList();
    assessments.replace(user, orgId, year, revision, body.matrix(), risks);
    return get(orgId, fiscalYear);
  }

  @GetMapping("/api/risk/matrices")
  @Operation(summary = "The risk-level matrices an assessment may use (the newest version of each)")
  List<RiskMatrix> matrices() {
    CurrentUsers.get();
    return assessments.matrices().choices();
  }

  record GiftRegister(FiscalYear year, NoGiftPolicy policy, List<Gift> gifts, List<GiftLimit.Excess> excesses, Baht totalReceived,
      boolean nothingReceived) {}

  @GetMapping("/api/organizations/{orgId}/no-gift/{fiscalYear}")
  @Operation(summary = "The year's No Gift policy and gift register (all of it for EXECUTIVE, AUDITOR, PLANNER; one's own gifts for others)")
  GiftRegister register(@PathVariable OrganizationId orgId, @PathVariable int fiscalYear) {
    NoGift.Year y = noGift.year(CurrentUsers.get(), orgId, FiscalYear.of(fiscalYear));
    return new GiftRegister(y.year(), y.policy(), y.gifts(), y.excesses(), y.totalReceived(), y.nothingReceived());
  }

  record PolicyRequest(LocalDate announcedOn, List<UUID> activities, String activityNote) {}

  @PutMapping("/api/organizations/{orgId}/no-gift/{fiscalYear}")
  @Requires(Permission.MANAGE_NO_GIFT)
  @Operation(summary = "The year's draft announcement (its date; a signed one keeps its date) and culture-building activities (PLANNER)")
  NoGiftPolicy policy(@PathVariable OrganizationId orgId, @PathVariable int fiscalYear, @RequestBody PolicyRequest body) {
    return noGift.savePolicy(CurrentUsers.get(), orgId, FiscalYear.of(fiscalYear), body.announcedOn(),
        body.activities() == null ? List.of() : body.activities().stream().map(PlanItemId::new).toList(), body.activityNote());
  }

  @PostMapping("/api/organizations/{orgId}/no-gift/{fiscalYear}/sign")
  @Requires(Permission.SIGN_NO_GIFT)
  @Operation(summary = "Sign the year's draft announcement with one's own name (EXECUTIVE); it is then frozen and public")
  NoGiftPolicy sign(@PathVariable OrganizationId orgId, @PathVariable int fiscalYear) {
    return noGift.sign(CurrentUsers.get(), orgId, FiscalYear.of(fiscalYear));
  }

  @PostMapping("/api/organizations/{orgId}/no-gift/{fiscalYear}/redraft")
  @Requires(Permission.MANAGE_NO_GIFT)
  @Operation(summary = "A new draft of the signed announcement, to change it (PLANNER); the signed one stays public until it is signed again")
  NoGiftPolicy redraft(@PathVariable OrganizationId orgId, @PathVariable int fiscalYear) {
    return noGift.redraft(CurrentUsers.get(), orgId, FiscalYear.of(fiscalYear));
  }

  /** {@code value} as people type it ("1,500", "๑,๕๐๐"). */
  record GiftRequest(GiftDirection direction, String person, String counterparty, String description, String occasion, String value,
      LocalDate on, GiftDecision decision, String note) {}

  @PostMapping("/api/organizations/{orgId}/gifts")
  @Requires(Permission.RECORD_GIFT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a gift received or given (any member); overLimit warns above 3,000 baht per giver per occasion")
  NoGift.Recorded record(@PathVariable OrganizationId orgId, @RequestBody GiftRequest g) {
    Baht value = g.value() == null || g.value().isBlank() ? null : Baht.parse(g.value());
    return noGift.record(CurrentUsers.get(), orgId, g.direction(), g.person(), g.counterparty(), g.description(), g.occasion(), value, g.on(),
        g.decision(), g.note());
  }
}
