package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.Map;

/** One item read from the Part 2 table (or recovered for it), completed as reading goes on. */
final class TableItem {
  final int line;
  Integer dimension;
  String missionCode;
  String missionName;
  /** The line of the cell that names the mission. */
  int missionLine;
  /** Items whose mission cell was lost share a group number per run of restarting numbers. */
  int missionGroup = -1;
  final Integer seq;
  final String code;
  String name;
  Map<Integer, BigDecimal> budget;
  String responsible;
  String remark;
  DetailSheet sheet;
  boolean recovered;
  /** Planned quarters (1–4) per year, from the E-PlanNACC records. */
  final Map<Integer, java.util.List<Integer>> quarters = new java.util.TreeMap<>();

  TableItem(int line, Integer seq, String code, String name) {
    this.line = line;
    this.seq = seq;
    this.code = code;
    this.name = name;
  }
}
