package org.sujarit.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class LineBreakRulesTest {

  @Test
  void threadsRenderingAtOnceGetTheBreaksOfOne() throws Exception {
    java.util.List<String> texts = java.util.List.of("งบประมาณ 25,000 บาท ร้อยละ 80 ของประชาชน",
        "ส่งเสริมการมีส่วนร่วมของประชาชนในการป้องกันการทุจริต", "โครงการ O27 NACC_2566 อบรมคุณธรรมจริยธรรม");
    java.util.List<BitSet> alone = texts.stream().map(LineBreakRules::breaks).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        same.add(pool.submit(() -> {
          for (int n = 0; n < 300; n++) {
            int i = n % texts.size();
            if (!LineBreakRules.breaks(texts.get(i)).equals(alone.get(i))) return false;
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : same) assertThat(f.get()).isTrue();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void compoundsOfTheDictionaryDoNotBreakWhereIcuWould() {
    for (String word : LineBreakRules.WORDS) {
      String text = "ส่งเสริม" + word + "ในองค์กร";
      BitSet breaks = LineBreakRules.breaks(text);
      int from = text.indexOf(word);
      assertThat(breaks.get(from, from + word.length() - 1).isEmpty()).as(word).isTrue();
    }
  }

  @Test
  void wordsTheSeedPlansBrokeStayWhole() {
    // phrases of seeds 000, 001 and 003 whose rendering broke a line inside these words
    String[][] phrases = {
        {"ส่วนตนเข้ามาเกี่ยวข้องจนส่งผลกระทบต่อการตัดสินใจ", "ผลกระทบ"},
        {"ให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542", "ท้องถิ่น"},
        {"กิจกรรม “วิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี”", "ประจำปี"},
        {"แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรม", "ยกระดับ"},
        {"มาตรการประเมินความคุ้มค่าในการบริหารงาน", "คุ้มค่า"},
        {"สร้างการเติบโตบนคุณภาพชีวิตที่เป็นมิตรกับสิ่งแวดล้อม", "สิ่งแวดล้อม"},
        {"มาตรการป้องกันผลประโยชน์ทับซ้อน", "ทับซ้อน"},
        {"ควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณ", "ข้อบัญญัติ"},
        {"รับฟังความคิดเห็นและข้อเสนอแนะของประชาชน", "ข้อเสนอแนะ"},
        {"เสริมสร้างค่านิยมต่อต้านการทุจริต", "ค่านิยม"},
        {"ความพึงพอใจของประชาชน", "พึงพอใจ"},
        {"เจ้าหน้าที่ผู้รับผิดชอบโครงการ", "รับผิดชอบ"},
        {"ให้เป็นเครือข่ายเฝ้าระวัง", "เครือข่าย"},
        {"71/80 ไม่บรรลุ", "ไม่บรรลุ"}, // the monitoring report's indicator column
    };
    for (String[] p : phrases) {
      BitSet breaks = LineBreakRules.breaks(p[0]);
      int from = p[0].indexOf(p[1]);
      assertThat(breaks.get(from, from + p[1].length() - 1).isEmpty()).as(p[1]).isTrue();
    }
  }

  @Test
  void aNumberStaysWithItsUnit() {
    String text = "งบประมาณ 25,000 บาท ร้อยละ 80 ของประชาชน";
    BitSet breaks = LineBreakRules.breaks(text);
    assertThat(breaks.get(text.indexOf(" บาท"))).isFalse();
    assertThat(breaks.get(text.indexOf(",000"))).isFalse();
    assertThat(breaks.get(text.indexOf(" 80"))).isFalse();
    assertThat(breaks.get(text.indexOf(" ร้อยละ"))).isTrue();
    assertThat(breaks.get(text.indexOf(" ของ"))).isTrue();
  }

  @Test
  void latinCodesStayWhole() {
    String text = "ตัวชี้วัด (i30) ตามข้อ O27 ของ NACC_2566";
    BitSet breaks = LineBreakRules.breaks(text);
    for (String code : new String[] {"i30", "O27", "NACC_2566"}) {
      int at = text.indexOf(code);
      assertThat(breaks.get(at, at + code.length() - 1).isEmpty()).as(code).isTrue();
    }
  }

  @Test
  void spacesAndZeroWidthSpacesStillBreak() {
    String text = "การป้องกัน\u200Bการทุจริต และความโปร่งใส";
    BitSet breaks = LineBreakRules.breaks(text);
    assertThat(breaks.get(text.indexOf('\u200B'))).isTrue();
    assertThat(breaks.get(text.indexOf(' '))).isTrue();
  }

  @Test
  void hintedTextCarriesTheRulesForWordProcessorsAndPlainTakesThemOut() {
    String text = "ส่งเสริมธรรมาภิบาลในองค์กร งบประมาณ 25,000 บาท ร้อยละ 80 ตามข้อ O27";
    String hinted = LineBreakRules.hinted(text);
    assertThat(LineBreakRules.plain(hinted)).isEqualTo(text);
    assertThat(hinted).contains("25,000\u00A0บาท", "ร้อย\u2060ละ\u00A080", "งบ\u2060ประมาณ", "ส่งเสริมธร")
        .doesNotContain("\u200B", " \u2060", "\u2060 ");
    for (String word : LineBreakRules.WORDS) {
      String hintedWord = LineBreakRules.hinted("ส่งเสริม" + word + "ในองค์กร");
      assertThat(hintedWord.replace("\u2060", "")).as(word).contains(word);
    }
  }
}
