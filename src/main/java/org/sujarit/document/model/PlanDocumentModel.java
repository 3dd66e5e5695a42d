package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.document.RenderOptions;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;

/**
 * Everything the three writers print, built once from an interchange plan: the sections of the
 * document (cover, foreword and contents, Parts 1–3), the Part 2 grid and the E-PlanNACC records.
 */
public record PlanDocumentModel(DocumentInfo info, List<Section> sections, PlanTable table, PlanGrid grid,
    List<String> heading, List<EPlanRecord> ePlan) {

  public static PlanDocumentModel of(PlanInterchange plan, RenderOptions options, FrameworkCatalog catalog) {
    if (plan == null) throw new PlanRenderException("ไม่มีข้อมูลแผน");
    String organization = plan.organization() == null ? null : plan.organization().name();
    if (organization == null || organization.isBlank()) throw new PlanRenderException("แผนไม่ได้ระบุชื่อองค์กรปกครองส่วนท้องถิ่น (organization.name)");
    FiscalPeriod period = PlanTable.periodOf(plan);
    PlanTable table = PlanTable.of(plan, period, catalog);
    Wording wording = new Wording(options);
    Context c = new Context(plan, table, options, wording, organization.strip());
    PlanGrid grid = PlanGrid.of(table, wording, PageSetup.LANDSCAPE.textWidth());

    List<Section> body = new ArrayList<>(List.of(PartOne.of(c), PartTwo.of(c, grid)));
    PartThree.of(c).ifPresent(body::add);
    List<Section> sections = new ArrayList<>(List.of(FrontMatter.cover(c)));
    Section front = FrontMatter.forewordAndContents(c, List.of());
    List<TableOfContents.Entry> contents = FrontMatter.contents(concat(List.of(front), body));
    sections.add(FrontMatter.forewordAndContents(c, contents));
    sections.addAll(body);

    String title = StandardTexts.TITLE + " ประจำปีงบประมาณ พ.ศ. " + c.period();
    DocumentInfo info = new DocumentInfo(wording.digits(title), c.organization(), "แผนปฏิบัติการป้องกันการทุจริต",
        options.issueDate().atStartOfDay(RenderOptions.THAILAND), options.thaiDigits());
    List<String> heading = List.of(StandardTexts.TITLE, wording.digits("ประจำปีงบประมาณ พ.ศ. " + c.period()), c.organization());
    return new PlanDocumentModel(info, List.copyOf(sections), table, grid, heading, EPlanRecord.of(table));
  }

  /** The plan as the PDF and Word writers take it. */
  public OfficialDocument document() {
    return new OfficialDocument(info, sections);
  }

  private static List<Section> concat(List<Section> a, List<Section> b) {
    List<Section> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
