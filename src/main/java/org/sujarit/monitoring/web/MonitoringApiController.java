package org.sujarit.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.Baht;
import org.sujarit.monitoring.EvidenceFile;
import org.sujarit.monitoring.EvidenceFiles;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.monitoring.ProgressRecord;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.monitoring.RoundState;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItemId;

/**
 * The monitoring API: a round's figures and records, reporting and reviewing progress, evidence
 * uploads, the executive's acknowledgement. Same accounts and rules as the pages; amounts are sent as
 * text the way people type them ("12,500.50") and come back as numbers.
 */
@RestController
@RequestMapping("/api/plans/{id}/progress/{year}/{round}")
@Tag(name = "Monitoring", description = "ติดตามผลการดำเนินงานรอบ 6 เดือนและประจำปี: รายงานผล ตรวจรับ รับทราบ และตัวเลขสรุป")
class MonitoringApiController {
  private final Progress progress;
  private final EvidenceFiles evidence;

  MonitoringApiController(Progress progress, EvidenceFiles evidence) {
    this.progress = progress;
    this.evidence = evidence;
  }

  /** The figures of a round, each computed once by {@link ProgressFigures}. */
  record Figures(int items, int reported, int notReported, Map<ProgressStatus, Integer> byStatus, BigDecimal completionPercent,
      Baht planned, Baht spent, BigDecimal budgetPercent, Map<Integer, Use> byDimension, Map<UnitId, Use> byUnit,
      int indicatorsWithTarget, int indicatorsMet, List<PlanItemId> overdue, Map<UnitId, List<PlanItemId>> notReportedByUnit) {

    record Use(Baht planned, Baht spent, BigDecimal percent) {
      static Use of(ProgressFigures.BudgetUse u) {
        return new Use(u.planned(), u.spent(), u.percent().orElse(null));
      }
    }

    static Figures of(ProgressFigures f) {
      Map<ProgressStatus, Integer> statuses = new EnumMap<>(ProgressStatus.class);
      for (ProgressStatus s : ProgressStatus.values()) statuses.put(s, f.count(s));
      SortedMap<Integer, Use> dims = new TreeMap<>();
      f.byDimension().forEach((k, v) -> dims.put(k, Use.of(v)));
      Map<UnitId, Use> units = new LinkedHashMap<>();
      f.byUnit().forEach((k, v) -> units.put(k, Use.of(v)));
      Map<UnitId, List<PlanItemId>> missing = new LinkedHashMap<>();
      f.notReportedByUnit().forEach((k, v) -> missing.put(k, v.stream().map(i -> i.id()).toList()));
      return new Figures(f.total(), f.reported(), f.notReported(), statuses, f.completionPercent().orElse(null), f.budget().planned(),
          f.budget().spent(), f.budget().percent().orElse(null), dims, units, f.indicatorsWithTarget(), f.indicatorsMet(),
          f.overdue().stream().map(l -> l.item().id()).toList(), missing);
    }
  }

  record RoundDocument(PlanId planId, int planVersion, int year, RoundKind round, LocalDate dueDate, RoundState state,
      Figures figures, List<ProgressRecord> records) {}

  record ItemDocument(PlanItemId itemId, String name, List<ProgressRecord> history, List<EvidenceFile> evidence) {}

  /** A progress record to save: the web form's fields, plus whether to send it for review at once (default no). */
  record ProgressRequest(ProgressForm record, Boolean submit) {}

  record Comment(String comment) {}

  record GoalResults(Map<String, String> actuals) {}

  @GetMapping
  @Operation(summary = "A round's figures and the latest record of each item")
  RoundDocument round(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round) {
    Progress.Board b = progress.board(CurrentUsers.get(), id, ReportingRound.of(year, round));
    return new RoundDocument(id, b.plan().version(), year, round, b.dueDate(), b.state(), Figures.of(b.figures()),
        List.copyOf(b.latest().values()));
  }

  @GetMapping("/items/{item}")
  @Operation(summary = "Every version of an item's record in the round, and its evidence files")
  ItemDocument item(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item) {
    Progress.ItemProgress p = progress.item(CurrentUsers.get(), id, ReportingRound.of(year, round), item);
    return new ItemDocument(item, p.item().name(), p.history(), p.evidence());
  }

  @Requires(Permission.REPORT_PROGRESS)
  @PutMapping("/items/{item}")
  @Operation(summary = "Save a new version of an item's record (UNIT_OFFICER of a responsible unit, or PLANNER)")
  ProgressRecord save(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item,
      @RequestBody ProgressRequest r) {
    ProgressForm form = r.record() == null ? ProgressForm.EMPTY : r.record();
    return progress.save(CurrentUsers.get(), id, ReportingRound.of(year, round), item, form.toEntry(), form.correctionNote(), Boolean.TRUE.equals(r.submit()));
  }

  @PostMapping("/items/{item}/submit")
  @Operation(summary = "Send the latest record to the planner for review")
  ProgressRecord submit(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item) {
    return progress.submit(CurrentUsers.get(), id, ReportingRound.of(year, round), item);
  }

  @PostMapping("/items/{item}/accept")
  @Operation(summary = "Accept the submitted record (PLANNER)")
  ProgressRecord accept(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item) {
    return progress.accept(CurrentUsers.get(), id, ReportingRound.of(year, round), item);
  }

  @Requires(Permission.REVIEW_PROGRESS)
  @PostMapping("/items/{item}/return")
  @Operation(summary = "Return the submitted record with a comment (PLANNER)")
  ProgressRecord returnRecord(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @PathVariable PlanItemId item, @RequestBody Comment c) {
    return progress.returnRecord(CurrentUsers.get(), id, ReportingRound.of(year, round), item, c == null ? null : c.comment());
  }

  @PostMapping("/items/{item}/evidence")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Upload an evidence file: JPEG, PNG, PDF or DOCX, checked by content, at most sujarit.evidence.max-size")
  EvidenceFile upload(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item,
      @Parameter(description = "the file") @RequestParam(required = false) MultipartFile file) throws IOException {
    try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      return evidence.add(CurrentUsers.get(), id, ReportingRound.of(year, round), item,
          Optional.ofNullable(file).map(MultipartFile::getOriginalFilename).orElse(null), in);
    }
  }

  @Requires(Permission.ACKNOWLEDGE_ROUND)
  @PostMapping("/acknowledge")
  @Operation(summary = "The executive acknowledges the round's report; the round closes (EXECUTIVE)")
  RoundState acknowledge(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @RequestBody(required = false) Comment c) {
    return progress.acknowledge(CurrentUsers.get(), id, ReportingRound.of(year, round), c == null ? null : c.comment());
  }

  @Requires(Permission.MANAGE_MONITORING)
  @PutMapping("/goals")
  @Operation(summary = "Actual values of the plan's Part 1 goals in the round's fiscal year, by goal name (PLANNER)")
  Map<String, BigDecimal> goals(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @RequestBody GoalResults r) {
    Map<String, BigDecimal> values = GoalResultsForm.parse(r == null ? null : r.actuals());
    ReportingRound rr = ReportingRound.of(year, round);
    progress.setGoalResults(CurrentUsers.get(), id, rr, values);
    return progress.board(CurrentUsers.get(), id, rr).goalResults();
  }
}
