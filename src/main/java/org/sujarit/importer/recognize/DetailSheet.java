package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sujarit.importer.model.SourceLine;

/** One Part 3 detail sheet as read: where it stands, its heading facts and the lines of each section. */
final class DetailSheet {
  final int line;
  String name;
  Integer seq;
  /** The item code printed in the sheet's heading ("2.2.3"), when the heading carries one. */
  String code;
  Integer dimension;
  String missionCode;
  String missionName;
  /** The line of the mission heading above the sheet. */
  int missionLine;
  final Map<Section, List<String>> sections = new EnumMap<>(Section.class);
  final Map<Section, Integer> sectionLines = new EnumMap<>(Section.class);
  TableItem item;
  /** The line the document printed above the sheet's first section (a sub-mission, or the item's code and name). */
  String heading;
  int headingLine;
  /** The sections in the document's order, with their headings and lines as written. */
  final List<Written> written = new ArrayList<>();
  /** The lines of the sheet's sections but its name, at their source lines: the text its damage check reads. */
  final List<SourceLine> text = new ArrayList<>();

  /** One section as written, at its heading's line; kind is null for a heading of the organization's own. */
  record Written(String no, String heading, Section kind, List<String> lines, int line) {}

  DetailSheet(int line) {
    this.line = line;
  }

  List<String> lines(Section s) {
    return sections.getOrDefault(s, List.of());
  }

  void add(Section s, String text) {
    sections.computeIfAbsent(s, k -> new ArrayList<>()).add(text);
  }

  String text(Section s) {
    List<String> l = lines(s);
    return l.isEmpty() ? null : String.join(" ", l);
  }
}
