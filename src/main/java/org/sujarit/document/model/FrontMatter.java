package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.document.RenderOptions;
import org.sujarit.document.layout.Section.PageNumbers;
import org.sujarit.interchange.PlanInterchange;

/** The cover, the foreword (คำนำ) and the table of contents (สารบัญ). */
final class FrontMatter {
  static final float PART_TITLE_SIZE = 20;
  private static final float COVER_TITLE_SIZE = 28;

  private FrontMatter() {}

  static Section cover(Context c) {
    PlanInterchange.OrganizationInfo org = c.plan().organization();
    Flow f = c.flow()
        .paragraph(splitTitle(), TextStyle.centered(COVER_TITLE_SIZE, true, 150))
        .paragraph("ประจำปีงบประมาณ พ.ศ. " + c.period(), TextStyle.centered(22, true, 16))
        .paragraph(c.organization(), TextStyle.centered(24, true, 190));
    String place = place(org);
    if (!place.isEmpty()) f.paragraph(place, TextStyle.centered(20, false, 4));
    f.paragraph(issued(c), TextStyle.centered(20, false, 150));
    return new Section(PageSetup.PORTRAIT, PageNumbers.NONE, f.blocks());
  }

  /** The foreword as the plan wrote it, or the standard one; then the contents. */
  static Section forewordAndContents(Context c, List<TableOfContents.Entry> contents) {
    Flow f = c.flow().heading(1, "คำนำ", PART_TITLE_SIZE, Align.CENTER, 0, "foreword");
    List<String> own = PartOne.paragraphs(c.plan().introduction() == null ? null : c.plan().introduction().foreword());
    if (own.isEmpty()) standardForeword(c, f);
    else own.forEach(p -> f.paragraph(p, TextStyle.BODY));
    f.paragraph(signature(c), TextStyle.signature(PageSetup.PORTRAIT.textWidth()));
    f.pageBreak()
        .heading(1, "สารบัญ", PART_TITLE_SIZE, Align.CENTER, 0, null)
        .add(new TableOfContents("หน้า", contents));
    return new Section(PageSetup.PORTRAIT, PageNumbers.LETTERS, f.blocks());
  }

  private static void standardForeword(Context c, Flow f) {
    PlanTable t = c.table();
    c.fill(StandardTexts.FOREWORD_OPENING).forEach(p -> f.paragraph(p, TextStyle.BODY));
    f.paragraph(StandardTexts.FOREWORD_PART1, TextStyle.BODY);
    f.paragraph(c.fill(StandardTexts.FOREWORD_PART2)
        .replace("{years}", t.period().length() == 1 ? "ใน 1 ปี" : "ใน " + t.period().length() + " ปี")
        .replace("{dimensions}", Integer.toString(t.dimensions().size()))
        .replace("{count}", Integer.toString(t.itemCount())), TextStyle.BODY);
    for (PlanTable.Dimension d : t.dimensions()) {
      f.paragraph("มิติที่ " + d.no() + " " + d.name() + " จำนวน " + d.itemCount() + " โครงการ", TextStyle.LIST_ITEM);
    }
    f.paragraph(StandardTexts.FOREWORD_PART3, TextStyle.BODY);
    f.paragraph(c.fill(StandardTexts.FOREWORD_CLOSING), TextStyle.BODY);
  }

  /** The entries of the table of contents: the anchored headings of levels 1 and 2, in order. */
  static List<TableOfContents.Entry> contents(List<Section> sections) {
    List<TableOfContents.Entry> entries = new ArrayList<>();
    for (Section s : sections) {
      for (Block b : s.blocks()) {
        if (b instanceof Heading h && h.inContents()) entries.add(new TableOfContents.Entry(h.level(), h.bookmarkTitle(), h.anchor()));
      }
    }
    return entries;
  }

  /** The signer given for this rendering, else the plan's own signature lines, else the organization. */
  private static String signature(Context c) {
    RenderOptions.Signer signer = c.options().signer();
    String own = c.plan().introduction() == null ? null : c.plan().introduction().signer();
    String who = signer != null ? PlanTable.joinLines("(" + signer.name().strip() + ")", signer.position())
        : own != null && !own.isBlank() ? own.strip() : c.organization();
    return who + "\n" + issued(c);
  }

  /** The plan's own date as written ("พฤษภาคม 2565"), else the month and year it is issued. */
  private static String issued(Context c) {
    String own = c.plan().introduction() == null ? null : c.plan().introduction().issued();
    return own != null && !own.isBlank() ? own.strip() : c.wording().monthYear(c.options().issueDate());
  }

  private static String splitTitle() {
    return StandardTexts.TITLE.replace("ทุจริตเพื่อ", "ทุจริต\nเพื่อ");
  }

  /** "อำเภอเทพารักษ์ จังหวัดนครราชสีมา"; Bangkok has districts (เขต) and no province prefix. */
  private static String place(PlanInterchange.OrganizationInfo org) {
    if (org == null) return "";
    boolean bangkok = org.province() != null && org.province().contains("กรุงเทพ");
    String district = prefixed(bangkok ? "เขต" : "อำเภอ", org.district());
    String province = bangkok ? PlanTable.nonBlank(org.province()).orElse("") : prefixed("จังหวัด", org.province());
    return (district + " " + province).strip();
  }

  private static String prefixed(String prefix, String name) {
    return PlanTable.nonBlank(name).map(n -> n.startsWith(prefix) ? n : prefix + n).orElse("");
  }
}
