package org.sujarit.importer.pipeline;

/** Input that cannot be imported at all; {@link #getMessage()} is Thai and fit to show a user. */
public class ImportException extends RuntimeException {
  /** Why the input is unusable: a stable key for the web page and a Thai message. */
  public enum Reason {
    EMPTY("import.empty", "ไฟล์ว่างเปล่า ไม่มีข้อมูลให้นำเข้า"),
    TOO_LARGE("import.tooLarge", "ไฟล์มีขนาดใหญ่เกินกำหนด"),
    UNREADABLE("import.unreadable", "อ่านไฟล์ไม่ได้"),
    BINARY("import.binary", "ไฟล์นี้ไม่ใช่ข้อความ DOCX หรือ JSON ที่ระบบอ่านได้"),
    BAD_PDF("import.badPdf", "ไฟล์ PDF เสียหายหรืออ่านไม่ได้"),
    ENCRYPTED_PDF("import.encryptedPdf", "ไฟล์ PDF ถูกเข้ารหัสด้วยรหัสผ่าน กรุณาบันทึกเป็น PDF ที่ไม่มีรหัสผ่านก่อน"),
    SCANNED_PDF("import.scannedPdf", "ไฟล์ PDF นี้เป็นภาพสแกน ไม่มีชั้นข้อความให้อ่าน (ระบบไม่อ่านภาพด้วย OCR) กรุณาใช้ไฟล์ PDF ที่สร้างจากโปรแกรมพิมพ์เอกสาร หรือไฟล์ DOCX"),
    PDF_TOO_LONG("import.pdfTooLong", "ไฟล์ PDF มีจำนวนหน้ามากเกินกำหนด"),
    PDF_BOMB("import.pdfBomb", "ไฟล์ PDF มีเนื้อหาผิดปกติหรือใหญ่เกินกว่าจะอ่านได้ภายในเวลาที่กำหนด (อาจเป็น PDF bomb) จึงหยุดอ่าน"),
    BAD_XLSX("import.badXlsx", "ไฟล์ XLSX เสียหายหรือไม่ใช่สมุดงาน Excel"),
    SHEET_TOO_LONG("import.sheetTooLong", "สมุดงานมีจำนวนแถวมากเกินกำหนด"),
    LEGACY_DOC("import.legacyDoc", "ไฟล์ Word รุ่นเก่า (.doc) อ่านไม่ได้ กรุณาบันทึกเป็น DOCX ก่อน"),
    BAD_DOCX("import.badDocx", "ไฟล์ DOCX เสียหายหรือไม่ใช่เอกสาร Word"),
    ZIP_BOMB("import.zipBomb", "ไฟล์ DOCX ถูกบีบอัดผิดปกติ (อาจเป็น zip bomb) จึงไม่เปิดอ่าน"),
    BAD_JSON("import.badJson", "ไฟล์ JSON ไม่ถูกต้องตามรูปแบบแผน (interchange JSON)"),
    NOT_A_PLAN("import.notAPlan", "ไม่พบโครงสร้างของแผนปฏิบัติการป้องกันการทุจริต (ตารางส่วนที่ 2 หรือรายละเอียดโครงการส่วนที่ 3)");

    private final String key;
    private final String message;

    Reason(String key, String message) {
      this.key = key;
      this.message = message;
    }

    public String key() {
      return key;
    }

    public String message() {
      return message;
    }
  }

  private final Reason reason;

  public ImportException(Reason reason) {
    this(reason, reason.message(), null);
  }

  public ImportException(Reason reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The message key of the web page's bundle, e.g. {@code import.zipBomb}. */
  public String key() {
    return reason.key();
  }
}
