package org.sujarit.importer.read;

import java.util.ArrayList;
import java.util.List;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.Markup;
import org.sujarit.importer.text.ThaiText;

/**
 * Turns raw lines and cells into clean {@link SourceLine}s, the same for every reader: Unicode
 * normalization, Lao-read Thai transliterated back, markup removed, spaces collapsed.
 */
final class LineCleaner {
  private final Findings findings;
  private final List<SourceLine> out = new ArrayList<>();
  private int markupLines;
  private int firstMarkupLine;
  private int lastMarkupLine;

  LineCleaner(Findings findings) {
    this.findings = findings;
  }

  void prose(int number, String raw) {
    String t = common(number, raw);
    for (String part : Markup.splitBoldHeadings(t)) {
      out.add(SourceLine.prose(number, ThaiText.collapse(Markup.withoutBullet(Markup.strip(part)))));
    }
  }

  void row(int number, List<String> rawCells) {
    List<String> cells = new ArrayList<>(rawCells.size());
    for (String c : rawCells) cells.add(ThaiText.collapse(Markup.strip(common(number, c))));
    out.add(SourceLine.row(number, cells));
  }

  List<SourceLine> lines() {
    if (markupLines > 0) {
      findings.add(firstMarkupLine, DiagnosticCode.MARKUP_REMOVED,
          "ลบแท็ก HTML/markdown ที่ตกค้างจากการแปลงเอกสาร " + markupLines + " บรรทัด (บรรทัดแรกที่พบ: " + firstMarkupLine + ")");
    }
    return out;
  }

  private String common(int number, String raw) {
    String t = ThaiText.normalize(raw);
    if (ThaiText.hasLao(t)) {
      t = ThaiText.laoToThai(t);
      findings.add(number, DiagnosticCode.OCR_FIXED, "ข้อความถูกอ่านเป็นอักษรลาว แปลงกลับเป็นอักษรไทยแล้ว กรุณาตรวจทาน");
    }
    if (number != lastMarkupLine && Markup.present(t)) {
      if (markupLines++ == 0) firstMarkupLine = number;
      lastMarkupLine = number;
    }
    return t;
  }
}
