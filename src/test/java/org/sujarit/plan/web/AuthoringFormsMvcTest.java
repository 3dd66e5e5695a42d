package org.sujarit.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.RiskLevel;

/** Part 1, Part 3 and the new-plan form: every bad field gets its Thai message beside it, and nothing typed is lost. */
class AuthoringFormsMvcTest extends EditorFixture {
  MockHttpServletResponse send(MockHttpServletRequestBuilder b) throws Exception {
    return mvc.perform(as(b)).andReturn().getResponse();
  }

  @Test
  void part1RefusesAWrongTargetAndARiskWithoutLevelBesideTheirFieldsAndKeepsTheText() throws Exception {
    String url = "/plans/" + plan.id() + "/versions/1/part1";
    var bad = send(put(url).param("revision", rev()).param("rationale", "เหตุผลที่พิมพ์ไว้ยาว")
        .param("goals[0].name", "เรื่องร้องเรียนลดลง").param("goals[0].unit", "PERCENT").param("goals[0].targets[2566]", "๑๒x"));
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(bad.getContentAsString()).contains("id=\"err-goals[0].targets[2566]\"").contains("ไม่ใช่ตัวเลข")
        .contains("เหตุผลที่พิมพ์ไว้ยาว").contains("value=\"๑๒x\"");

    var over = send(put(url).param("revision", rev()).param("goals[0].name", "ลดลง").param("goals[0].unit", "PERCENT")
        .param("goals[0].targets[2566]", "120"));
    assertThat(over.getContentAsString()).contains("id=\"err-goals[0].targets\"").contains("ไม่เกิน 100");

    // an empty first row is dropped; the message lands on the second row, where the user typed
    var noLevel = send(put(url).param("revision", rev()).param("risks[0].risk", "").param("risks[1].workProcess", "จัดซื้อ")
        .param("risks[1].risk", "ฮั้วประมูล"));
    assertThat(noLevel.getStatus()).isEqualTo(422);
    assertThat(noLevel.getContentAsString()).contains("id=\"err-risks[1].level\"").contains("กรุณาระบุระดับความเสี่ยง");

    var ok = send(put(url).param("revision", rev()).param("rationale", "เหตุผล").param("objectives[0]", "เพื่อ ก")
        .param("objectives[1]", " ").param("risks[0].workProcess", "จัดซื้อ").param("risks[0].risk", "ฮั้วประมูล")
        .param("risks[0].level", "HIGH").param("risks[0].controls", item.id().toString())
        .param("goals[0].name", "คะแนน ITA").param("goals[0].unit", "SCORE").param("goals[0].targets[2570]", "๘๕"));
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getContentAsString()).contains("บันทึกแล้ว").contains("id=\"plan-rev\"");
    var intro = plans.get(planner, plan.id()).introduction();
    assertThat(intro.objectives()).containsExactly("เพื่อ ก");
    assertThat(intro.risks().get(0).level()).isEqualTo(RiskLevel.HIGH);
    assertThat(intro.risks().get(0).controls()).containsExactly(item.id());
    assertThat(intro.goals().get(0).targets()).containsEntry(FiscalYear.of(2570), new BigDecimal("85"));
  }

  @Test
  void listButtonsChangeTheFormWithoutSaving() throws Exception {
    var r = send(post("/plans/" + plan.id() + "/versions/1/part3/" + item.id() + "/form").param("op", "up:method:1")
        .param("method[0]", "ขั้นที่สอง").param("method[1]", "ขั้นที่หนึ่ง").param("principle", "หลักการ"));
    String html = r.getContentAsString();
    assertThat(html.indexOf("ขั้นที่หนึ่ง")).isLessThan(html.indexOf("ขั้นที่สอง"));
    assertThat(html).contains("autofocus").contains("หลักการ");
    assertThat(plans.get(planner, plan.id()).item(item.id()).hasDetails()).isFalse();
  }

  @Test
  void part3RefusesAnUnreadableAmountBesideItAndSavesOnceCorrected() throws Exception {
    String url = "/plans/" + plan.id() + "/versions/1/part3/" + item.id();
    var bad = send(put(url).param("revision", rev()).param("principle", "หลักการที่พิมพ์ไว้")
        .param("costLines[0].description", "ค่าอาหาร").param("costLines[0].amount", "abc")
        .param("indicators[0].description", "ร้อยละ").param("indicators[0].target", "80").param("indicators[0].unit", "PERCENT"));
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(bad.getContentAsString()).contains("id=\"err-costLines[0].amount\"").contains("value=\"abc\"").contains("หลักการที่พิมพ์ไว้");

    var noDescription = send(put(url).param("revision", rev()).param("costLines[0].amount", "500"));
    assertThat(noDescription.getContentAsString()).contains("id=\"err-costLines[0].description\"");

    var ok = send(put(url).param("revision", rev()).param("principle", "หลักการ").param("method[0]", "ขั้นที่ 1")
        .param("costLines[0].description", "ค่าอาหาร").param("costLines[0].amount", "๑,๕๐๐")
        .param("indicators[0].description", "ร้อยละผู้ผ่าน").param("indicators[0].target", "80").param("indicators[0].unit", "PERCENT"));
    assertThat(ok.getStatus()).isEqualTo(200);
    DetailSheet sheet = plans.get(planner, plan.id()).item(item.id()).details();
    assertThat(sheet.costLines()).containsExactly(new DetailSheet.CostLine("ค่าอาหาร", Baht.of(1500)));
    assertThat(sheet.indicators()).containsExactly(new DetailSheet.Indicator("ร้อยละผู้ผ่าน", new BigDecimal("80"), MeasureUnit.PERCENT));
    assertThat(ok.getContentAsString()).contains("id=\"sheet-nav\"");
  }

  @Test
  void theNewPlanFormShowsEachMistakeBesideItsField() throws Exception {
    String url = "/organizations/" + tenant.organization().id() + "/plans/new";
    var r = send(post(url).param("title", " ").param("frameworkCode", "NACC_2566").param("firstYear", "2566").param("lastYear", "2570")
        .param("start", "EMPTY"));
    assertThat(r.getStatus()).isEqualTo(422);
    assertThat(r.getContentAsString()).contains("id=\"err-title\"");
    r = send(post(url).param("title", "แผน").param("frameworkCode", "NACC_2566").param("firstYear", "abc").param("lastYear", "2575")
        .param("start", "EMPTY"));
    assertThat(r.getContentAsString()).contains("id=\"err-firstYear\"").contains("value=\"abc\"");
    r = send(post(url).param("title", "แผน").param("frameworkCode", "NACC_2566").param("firstYear", "2566").param("lastYear", "2575")
        .param("start", "EMPTY"));
    assertThat(r.getContentAsString()).contains("id=\"err-lastYear\"");
    r = send(post(url).param("title", "แผน").param("frameworkCode", "NACC_2566").param("firstYear", "2566").param("lastYear", "2570")
        .param("start", "LIBRARY"));
    assertThat(r.getContentAsString()).contains("id=\"err-entries\"");
    r = send(post(url).param("title", "แผนใหม่").param("frameworkCode", "NACC_2566").param("firstYear", "๒๕๗๑").param("lastYear", "2573")
        .param("start", "COPY").param("copyOf", plan.id().toString()));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getHeader("HX-Redirect")).matches("/plans/.+/versions/1/part2");
    Plan copy = plans.ofOrganization(planner, tenant.organization().id()).stream().filter(p -> p.title().equals("แผนใหม่")).findFirst().orElseThrow();
    assertThat(copy.period().first()).isEqualTo(FiscalYear.of(2571));
    assertThat(copy.items()).extracting(PlanItem::name).containsExactly(ITEM);
  }
}
