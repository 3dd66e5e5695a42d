package org.sujarit.importer.recognize;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.ThaiText;

/**
 * The plan's years: the year range ("พ.ศ. 2566 – 2570", "๒๕๖๒ - ๒๕๖๔") the document states most, the
 * title page and lines about the plan counting more. Ranges longer than a plan (national 20-year
 * strategies) are not candidates.
 */
final class PeriodRecognizer {
  private static final String Y = "((?:25|๒๕)" + ThaiText.D + "{2})";
  private static final Pattern RANGE = Pattern.compile(Y + "\\s*(?:[-–—]|ถึง)\\s*(?:พ\\.\\s*ศ\\.\\s*)?" + Y + "(?![0-9\u0E50-\u0E59])");
  private static final int TITLE_LINES = 40;

  private PeriodRecognizer() {}

  static FiscalPeriod recognize(SourceDocument doc) {
    Map<Long, Integer> votes = new HashMap<>();
    int nonBlank = 0;
    for (SourceLine line : doc.lines()) {
      if (line.isBlank()) continue;
      nonBlank++;
      if (!line.text().contains("25") && !line.text().contains("๒๕")) continue;
      Matcher m = RANGE.matcher(line.text());
      while (m.find()) {
        int a = ThaiText.number(m.group(1));
        int b = ThaiText.number(m.group(2));
        if (b < a || b - a + 1 > FiscalPeriod.MAX_YEARS) continue;
        int weight = 1 + (nonBlank <= TITLE_LINES ? 3 : 0) + (line.text().contains("แผน") ? 2 : 0);
        votes.merge((long) a * 10000 + b, weight, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> FiscalPeriod.of((int) (e.getKey() / 10000), (int) (e.getKey() % 10000)))
        .orElse(null);
  }
}
