package org.sujarit.importer;

/** The stable codes of import diagnostics, each with its usual severity and a Thai title for reviewers. */
public enum DiagnosticCode {
  STATED_TOTAL_MISMATCH("WARNING", "ยอดรวมที่ระบุไม่ตรงกับผลรวมของรายการ"),
  STATED_COUNT_MISMATCH("WARNING", "จำนวนโครงการที่ระบุไม่ตรงกับจำนวนรายการ"),
  MISSING_DETAIL_SHEET("WARNING", "รายการในส่วนที่ 2 ไม่มีรายละเอียดในส่วนที่ 3"),
  DETAIL_SHEET_WITHOUT_ITEM("WARNING", "รายละเอียดในส่วนที่ 3 ไม่มีรายการในตารางส่วนที่ 2"),
  PART2_RECOVERED_FROM_PART3("WARNING", "กู้รายการจากสารบัญหรือหัวข้อส่วนที่ 3 เพราะตารางส่วนที่ 2 สูญหาย"),
  ROW_REPAIRED("INFO", "ซ่อมแถวตารางที่เสียหาย"),
  ROW_SHIFTED("WARNING", "แถวตารางเลื่อนคอลัมน์"),
  UNREADABLE_CELL("WARNING", "อ่านค่าในช่องตารางไม่ได้"),
  SHARED_BUDGET_CELL("INFO", "หลายรายการใช้ช่องงบประมาณร่วมกัน"),
  MISSION_INFERRED("INFO", "อนุมานภารกิจจากลำดับเลขหรือส่วนที่ 3"),
  AMBIGUOUS_NAME("WARNING", "ชื่อรายการต้องเดาหรือไม่ตรงกัน"),
  OCR_FIXED("INFO", "แก้ข้อความที่เสียหายจากการแปลงเอกสาร"),
  MARKUP_REMOVED("INFO", "ลบแท็ก HTML/markdown ที่ตกค้าง"),
  PLACEHOLDER("WARNING", "ข้อความของแบบฟอร์มที่ยังไม่ได้กรอก"),
  ORGANIZATION_NOT_FOUND("WARNING", "ไม่พบชื่อองค์กรปกครองส่วนท้องถิ่น"),
  PERIOD_NOT_FOUND("WARNING", "ไม่พบช่วงปีของแผน"),
  EPLAN_BUDGET_MISMATCH("WARNING", "งบประมาณในแบบบันทึก E-PlanNACC ไม่ตรงกับตารางส่วนที่ 2"),
  EPLAN_ITEM_UNKNOWN("WARNING", "รายการในแบบบันทึก E-PlanNACC ไม่พบในตารางส่วนที่ 2"),
  INVALID_INTERCHANGE("ERROR", "ข้อมูล JSON ไม่ครบหรือไม่ถูกต้อง");

  private final String severity;
  private final String title;

  DiagnosticCode(String severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  /** ERROR, WARNING or INFO. */
  public String severity() {
    return severity;
  }

  /** A short Thai title, for the review page and the command-line summary. */
  public String title() {
    return title;
  }
}
