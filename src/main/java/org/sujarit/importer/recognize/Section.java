package org.sujarit.importer.recognize;

/** The numbered parts of a Part 3 detail sheet, recognized by the words of their headings. */
enum Section {
  NAME("ชื่อโครงการ", "ชื่อกิจกรรม", "ชื่อมาตรการ"),
  PRINCIPLE("หลักการ", "หลักเหตุ", "เหตุผล", "ที่มา", "ความเป็นมา", "สภาพปัญหา"),
  OBJECTIVES("วัตถุประสงค์", "วัตถุ ประสงค์"),
  TARGET("กลุ่มเป้าหมาย", "เป้าหมาย", "กลุ่มเป้า", "ผู้เข้าร่วม"),
  AREA("พื้นที่ดำเนิน", "พื้นที่เป้าหมาย", "พื้นที่", "สถานที่"),
  METHOD("วิธีดำเนินการ", "วิธีการดำเนิน", "วิธีการ", "ขั้นตอนการดำเนิน", "ขั้นตอนดำเนิน", "แผนการดำเนิน"),
  DURATION("ระยะเวลา"),
  BUDGET("งบประมาณ"),
  RESPONSIBLE("ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ", "หน่วยงานผู้รับผิดชอบ", "ผู้ดำเนินการ"),
  RESULTS("ผลผลิต/ผลลัพธ์", "ผลผลิต / ผลลัพธ์", "ผลผลิตและผลลัพธ์"),
  OUTPUTS("ผลผลิต"),
  /** One heading for both: "ตัวชี้วัด/ผลลัพธ์". */
  INDICATOR_RESULTS("ตัวชี้วัด/ผลลัพธ์", "ตัวชี้วัด / ผลลัพธ์", "ตัวชี้วัด/ผลสัมฤทธิ์", "ตัวชี้วัดและผลลัพธ์", "ดัชนีชี้วัด/ผลลัพธ์"),
  INDICATORS("ตัวชี้วัด", "ดัชนีชี้วัด", "การติดตามและประเมินผล", "การติดตามประเมินผล", "การประเมินผล"),
  OUTCOMES("ผลลัพธ์", "ผลที่คาดว่าจะได้รับ", "ประโยชน์ที่คาดว่าจะได้รับ", "ผลที่ได้รับ", "ประโยชน์ที่ได้รับ");

  private final String[] words;

  Section(String... words) {
    this.words = words;
  }

  /** The section a heading's text names, or null. */
  static Section of(String text) {
    for (Section s : values()) {
      for (String w : s.words) {
        if (text.startsWith(w)) return s;
      }
    }
    return null;
  }

  /** The length of the heading word the text starts with. */
  int wordLength(String text) {
    for (String w : words) {
      if (text.startsWith(w)) return w.length();
    }
    return 0;
  }
}
