package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.plan.ItemKind;
import org.sujarit.importer.text.ThaiText;

/** The table of contents' item entries: "1.1.2 โครงการ…" followed by a page number. */
final class TocReader {
  /** One item listed in the table of contents. */
  record Entry(int line, String code, String name) {}

  private static final Pattern PAGE = Pattern.compile("^[-–\\s]*" + ThaiText.D + "{1,4}(?:\\s*[-–]\\s*" + ThaiText.D + "{1,4})?[-–\\s]*$");

  private TocReader() {}

  static List<Entry> read(SourceDocument doc) {
    List<Entry> out = new ArrayList<>();
    for (SourceLine line : doc.lines()) {
      if (!line.isRow() || line.cells().size() < 2) continue;
      List<String> cells = line.cells().stream().filter(c -> !c.isEmpty()).toList();
      if (cells.size() != 2 || !PAGE.matcher(cells.get(1)).matches()) continue;
      Matcher m = Patterns.match(Patterns.SUB_CODE, cells.get(0));
      if (m != null && ItemKind.startsWithKindWord(m.group(4))) {
        String code = ThaiText.number(m.group(1)) + "." + ThaiText.number(m.group(2)) + "." + ThaiText.number(m.group(3));
        out.add(new Entry(line.number(), code, m.group(4)));
      }
    }
    return out;
  }
}
