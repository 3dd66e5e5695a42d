package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.ThaiDates;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.oversight.figures.Figure;
import org.sujarit.oversight.figures.Figures;
import org.sujarit.oversight.figures.IntegrityFigures;
import org.sujarit.oversight.figures.OrganizationRow;
import org.sujarit.oversight.figures.Province;
import org.sujarit.oversight.figures.RoundFigures;
import org.sujarit.oversight.figures.Summary;
import org.sujarit.oversight.readmodel.Oversight;
import org.sujarit.oversight.readmodel.OversightRebuild;
import org.sujarit.web.Messages;

/**
 * Country → province → organization pages, their CSV/XLSX tables, and the shaded map. Web only, like
 * {@link OversightRebuild} it uses (the generate-national command starts without a web server).
 */
@Controller
@ConditionalOnWebApplication
class OversightPagesController {
  static final String DEFAULT_CYCLE = "NACC_2566";
  private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final List<String> INTEGRITY_COLUMNS = List.of("complaintsReceived", "complaintsFinished", "complaintsClosed",
      "complaintsOverdue", "riskApproved", "riskDraft", "riskAcknowledged", "risks", "untreated", "withUntreated", "itaItems",
      "itaReadyItems", "itaReady", "noGiftAnnounced");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final Oversight oversight;
  private final OversightRebuild rebuild;
  private final Messages messages;
  private final Clock clock;

  OversightPagesController(Oversight oversight, OversightRebuild rebuild, Messages messages, Clock clock) {
    this.oversight = oversight;
    this.rebuild = rebuild;
    this.messages = messages;
    this.clock = clock;
  }

  /** The last fiscal year that has ended: the one whose annual report is due, when none is asked for. */
  static int year(Integer fiscalYear) {
    if (fiscalYear != null) return FiscalYear.of(fiscalYear).value();
    return FiscalYear.containing(LocalDate.now(ThaiDates.BANGKOK)).value() - 1;
  }

  @GetMapping("/oversight")
  String country(@RequestParam(defaultValue = DEFAULT_CYCLE) String cycle, @RequestParam(required = false) Integer fiscalYear,
      @RequestParam(required = false) String figure, @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "asc") String dir, Model model) {
    CurrentUser user = CurrentUsers.get();
    int year = year(fiscalYear);
    Optional<Province> own = oversight.scope(user, null);
    if (own.isPresent()) return "redirect:/oversight/provinces/" + own.get().code() + "?cycle=" + cycle + "&fiscalYear=" + year;
    Summary summary = oversight.summary(user, cycle, year, null);
    Figure shade = Figure.parse(figure);
    List<Summary.ProvinceFigures> rows = new ArrayList<>(summary.provinces());
    rows.sort(provinceOrder(sort, dir));
    model.addAttribute("summary", summary);
    model.addAttribute("rows", rows);
    model.addAttribute("figure", shade);
    model.addAttribute("figures", Figure.values());
    model.addAttribute("map", ProvinceMap.of(summary.provinces(), shade));
    model.addAttribute("sort", sort == null ? "" : sort);
    model.addAttribute("dir", dir);
    model.addAttribute("years", years());
    model.addAttribute("mayRebuild", user.may(Permission.ADMINISTER_SYSTEM));
    return "oversight/country";
  }

  /** The system administrator rebuilds the whole read model (after a restore, say); it runs in the background. */
  @PostMapping("/oversight/rebuild")
  String rebuild(RedirectAttributes redirect) {
    boolean started = rebuild.start(CurrentUsers.get());
    redirect.addFlashAttribute(started ? "flash" : "flashError", messages.get(started ? "oversight.rebuild.started" : "oversight.rebuild.running"));
    return "redirect:/oversight";
  }

  @GetMapping("/oversight/provinces/{province}")
  String province(@PathVariable String province, @RequestParam(defaultValue = DEFAULT_CYCLE) String cycle,
      @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status, @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort, @RequestParam(defaultValue = "asc") String dir, Model model) {
    CurrentUser user = CurrentUsers.get();
    int year = year(fiscalYear);
    Summary summary = oversight.summary(user, cycle, year, province);
    List<OrganizationRow> rows = filter(oversight.organizations(user, cycle, year, province), kind, status, q);
    rows.sort(organizationOrder(sort, dir));
    model.addAttribute("summary", summary);
    model.addAttribute("rows", rows);
    model.addAttribute("kinds", OrganizationKind.values());
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("sort", sort == null ? "" : sort);
    model.addAttribute("dir", dir);
    model.addAttribute("years", years());
    model.addAttribute("country", user.may(Permission.OVERSEE) && oversight.scope(user, null).isEmpty());
    return "oversight/province";
  }

  @GetMapping("/oversight/provinces.{format}")
  ResponseEntity<byte[]> countryTable(@PathVariable String format, @RequestParam(defaultValue = DEFAULT_CYCLE) String cycle,
      @RequestParam(required = false) Integer fiscalYear) {
    Summary summary = oversight.summary(CurrentUsers.get(), cycle, year(fiscalYear), null);
    List<String> header = new ArrayList<>(List.of(messages.get("oversight.col.province"), messages.get("oversight.col.region")));
    header.addAll(figureHeader());
    ExportTable table = new ExportTable(header);
    for (Summary.ProvinceFigures p : summary.provinces()) {
      List<Object> row = new ArrayList<>(List.of(p.province().name(), messages.get(p.province().region().messageKey())));
      row.addAll(figureCells(p.figures()));
      table.row(row.toArray());
    }
    return export(table, format, "oversight-" + cycle + "-" + summary.fiscalYear());
  }

  @GetMapping("/oversight/provinces/{province}/organizations.{format}")
  ResponseEntity<byte[]> provinceTable(@PathVariable String province, @PathVariable String format,
      @RequestParam(defaultValue = DEFAULT_CYCLE) String cycle, @RequestParam(required = false) Integer fiscalYear,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String status, @RequestParam(required = false) String q) {
    CurrentUser user = CurrentUsers.get();
    int year = year(fiscalYear);
    Province p = oversight.scope(user, province).orElseThrow(() -> new NotFoundException("oversight.province.unknown"));
    List<OrganizationRow> rows = filter(oversight.organizations(user, cycle, year, province), kind, status, q);
    List<String> header = new ArrayList<>(List.of(messages.get("oversight.col.organization"), messages.get("oversight.col.kind"),
        messages.get("oversight.col.code"), messages.get("oversight.col.planStatus"), messages.get("oversight.col.onTime")));
    header.addAll(figureHeader().subList(6, figureHeader().size()));
    ExportTable table = new ExportTable(header);
    for (OrganizationRow r : rows) {
      List<Object> row = new ArrayList<>(List.of(r.name(), messages.get(r.kind().messageKey()), r.code(),
          messages.get("oversight.plan." + (r.planStatus() == null ? "NONE" : r.planStatus())),
          messages.get(r.onTime() ? "oversight.yes" : "oversight.no")));
      row.addAll(figureCells(r.figures()).subList(6, figureHeader().size()));
      table.row(row.toArray());
    }
    return export(table, format, "oversight-" + p.code() + "-" + cycle + "-" + year);
  }

  private List<String> figureHeader() {
    List<String> h = new ArrayList<>();
    for (String k : List.of("organizations", "noPlan", "draft", "approved", "published", "onTime", "items", "budget")) {
      h.add(messages.get("oversight.col." + k));
    }
    for (String round : List.of("HALF_YEAR", "FULL_YEAR")) {
      String r = messages.get("monitoring.round." + round);
      for (String k : List.of("expected", "reported", "reportedOnTime", "accepted", "acknowledged", "overdue", "done", "spent")) {
        h.add(r + ": " + messages.get("oversight.col." + k));
      }
    }
    for (String k : INTEGRITY_COLUMNS) h.add(messages.get("oversight.col." + k));
    return h;
  }

  private static List<Object> figureCells(Figures f) {
    List<Object> c = new ArrayList<>(List.of(f.organizations(), f.noPlan(), f.draft(), f.approved(), f.published(), f.onTime(),
        f.items(), f.budget()));
    for (RoundFigures r : List.of(f.halfYear(), f.fullYear())) {
      c.addAll(java.util.Arrays.asList(r.expected(), r.reported(), r.reportedOnTime(), r.accepted(), r.acknowledged(), r.overdue(),
          r.doneShare(), r.spentShare()));
    }
    IntegrityFigures g = f.integrity();
    c.addAll(java.util.Arrays.asList(g.complaintsReceived(), g.complaintsFinished(), g.complaintsClosed(), g.complaintsOverdue(),
        g.riskApproved(), g.riskDraft(), g.riskAcknowledged(), g.risks(), g.untreatedRisks(), g.withUntreatedRisks(), g.itaItems(),
        g.itaReady(), g.itaReadyShare(), g.noGiftAnnounced()));
    return c;
  }

  private static ResponseEntity<byte[]> export(ExportTable table, String format, String name) {
    return switch (format) {
      case "csv" -> file(table.csv(), CSV, name + ".csv");
      case "xlsx" -> file(table.xlsx("oversight"), XLSX, name + ".xlsx");
      default -> throw new NotFoundException("oversight.format.unknown");
    };
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }

  private static List<OrganizationRow> filter(List<OrganizationRow> rows, String kind, String status, String q) {
    List<OrganizationRow> out = new ArrayList<>();
    String needle = q == null ? "" : q.strip();
    for (OrganizationRow r : rows) {
      if (kind != null && !kind.isBlank() && !r.kind().name().equals(kind)) continue;
      if (status != null && !status.isBlank() && !status.equals(r.planStatus() == null ? "NONE" : r.planStatus())) continue;
      if (!needle.isEmpty() && !r.name().contains(needle) && !r.code().contains(needle)) continue;
      out.add(r);
    }
    return out;
  }

  private static Comparator<Summary.ProvinceFigures> provinceOrder(String sort, String dir) {
    Comparator<Summary.ProvinceFigures> c = switch (sort == null ? "" : sort) {
      case "organizations" -> Comparator.comparingInt(p -> p.figures().organizations());
      case "region" -> Comparator.comparing(p -> p.province().region());
      default -> {
        Figure f = figureOrNull(sort);
        yield f == null ? Comparator.comparing(p -> p.province().code())
            : Comparator.comparing(p -> f.of(p.figures()), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
      }
    };
    return "desc".equals(dir) ? c.reversed() : c;
  }

  private static Comparator<OrganizationRow> organizationOrder(String sort, String dir) {
    Comparator<OrganizationRow> c = switch (sort == null ? "" : sort) {
      case "kind" -> Comparator.comparing(OrganizationRow::kind);
      case "status" -> Comparator.comparing(r -> r.planStatus() == null ? "" : r.planStatus());
      case "items" -> Comparator.comparingLong(r -> r.figures().items());
      case "budget" -> Comparator.comparing(r -> r.figures().budget());
      case "complaints" -> Comparator.comparingInt(r -> r.figures().integrity().complaintsReceived());
      case "untreated" -> Comparator.comparingInt(r -> r.figures().integrity().untreatedRisks());
      default -> {
        Figure f = figureOrNull(sort);
        yield f == null ? (a, b) -> 0 // the service's order: Thai name order
            : Comparator.comparing(r -> f.of(r.figures()), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
      }
    };
    return "desc".equals(dir) ? c.reversed() : c;
  }

  private static Figure figureOrNull(String sort) {
    if (sort == null) return null;
    for (Figure f : Figure.values()) if (f.name().equals(sort)) return f;
    return null;
  }

  private List<Integer> years() {
    int last = FiscalYear.containing(LocalDate.now(clock.withZone(ThaiDates.BANGKOK))).value();
    List<Integer> years = new ArrayList<>();
    for (int y = 2566; y <= Math.max(2570, last); y++) years.add(y);
    return years;
  }
}
