package org.sujarit.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskArea;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.RiskMatrices;
import org.sujarit.risk.TrafficLight;

/** Two years side by side on a page, the forms of a risk giving back what was typed when a rule refuses it, the documents' digits. */
@IntegrationTest
@Import(TestData.class)
class RiskYearsMvcTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired RiskAssessments assessments;

  @Test
  void twoYearsSideBySideAndRefusedFormsKeepTheirText() throws Exception {
    TestData.Tenant t = data.tenant("rym", "ขอนแก่น");
    CurrentUser auditor = t.member(Role.AUDITOR);
    var org = t.organization().id();
    FiscalYear y1 = FiscalYear.of(2567);
    FiscalYear y2 = FiscalYear.of(2568);
    RiskAssessment a = assessments.start(auditor, org, y1, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    Risk kept = Risk.identified(RiskArea.BUDGET, null, "แบ่งซื้อแบ่งจ้าง", RiskFactor.KNOWN, null, TrafficLight.YELLOW);
    Risk gone = Risk.identified(RiskArea.POWER, null, "ใช้รถราชการส่วนตัว", RiskFactor.KNOWN, null, TrafficLight.GREEN);
    a = assessments.addRisk(auditor, org, y1, a.revision(), kept);
    a = assessments.updateRisk(auditor, org, y1, a.revision(), kept.id(), kept, 1, 1, null);
    assessments.addRisk(auditor, org, y1, a.revision(), gone);
    RiskAssessment b = assessments.start(auditor, org, y2, RiskMatrices.NACC_3X3, RiskAssessments.Start.PREVIOUS_YEAR);
    Risk keptNow = b.risks().get(0);
    b = assessments.updateRisk(auditor, org, y2, b.revision(), keptNow.id(), keptNow, 3, 3, null);
    b = assessments.removeRisk(auditor, org, y2, b.revision(), b.risks().get(1).id());
    Risk fresh = Risk.identified(RiskArea.BRIBERY, null, "เรียกรับเงินเพื่อเร่งใบอนุญาต", RiskFactor.KNOWN, null, TrafficLight.RED);
    b = assessments.addRisk(auditor, org, y2, b.revision(), fresh);

    String page = mvc.perform(get("/organizations/" + org + "/risk/compare").with(SignedIn.as(t.member(Role.VIEWER))))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("เปรียบเทียบผลการประเมินความเสี่ยงการทุจริต ปี 2567 กับปี 2568")
        .contains("ระดับสูงขึ้น").contains("ความเสี่ยงใหม่").contains("ไม่มีในปีหลัง").contains("ใช้รถราชการส่วนตัว")
        .contains("เมทริกส์ระดับความเสี่ยงปี 2567").contains("เมทริกส์ระดับความเสี่ยงปี 2568");
    assertThat(page.indexOf("แบ่งซื้อแบ่งจ้าง")).isLessThan(page.lastIndexOf("ระดับสูงขึ้น"));
    // the same year twice: back to the years with a Thai message
    MvcResult same = mvc.perform(get("/organizations/" + org + "/risk/compare").param("from", "2568").param("to", "2568")
        .with(SignedIn.as(auditor))).andReturn();
    assertThat(same.getResponse().getStatus()).isEqualTo(302);
    assertThat(same.getFlashMap().get("flashError")).isEqualTo("กรุณาเลือกสองปีที่ต่างกัน");

    // a measure of its own ending before it starts: refused, the text and dates typed come back
    String url = "/organizations/" + org + "/risk/2568/risks/" + fresh.id();
    MvcResult bad = mvc.perform(post(url + "/measures").with(SignedIn.as(auditor)).with(csrf()).param("revision", Long.toString(b.revision()))
        .param("text", "หมุนเวียนเจ้าหน้าที่ออกใบอนุญาตทุก 6 เดือน").param("startsOn", "2025-03-01").param("endsOn", "2025-01-01")).andReturn();
    assertThat(bad.getResponse().getStatus()).isEqualTo(302);
    String again = mvc.perform(get(url).with(SignedIn.as(auditor)).flashAttrs(bad.getFlashMap())).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("หมุนเวียนเจ้าหน้าที่ออกใบอนุญาตทุก 6 เดือน").contains("value=\"2025-03-01\"").contains("value=\"2025-01-01\"");
    assertThat(assessments.view(auditor, org, y2).assessment().risk(fresh.id()).measures()).isEmpty();

    // the documents' digits: the reader's choice, shown beside the download buttons (Arabic unless Thai is chosen)
    String arabic = mvc.perform(get("/organizations/" + org + "/risk/2568").with(SignedIn.as(auditor))).andReturn().getResponse()
        .getContentAsString();
    assertThat(arabic).contains("ตัวเลขในเอกสาร", "yearly-report.pdf?thaiDigits=false", "report.docx?round=HALF_YEAR&amp;thaiDigits=false");
    String thai = mvc.perform(get("/organizations/" + org + "/risk/2568").param("digits", "thai").with(SignedIn.as(auditor))).andReturn()
        .getResponse().getContentAsString();
    assertThat(thai).contains("yearly-report.pdf?thaiDigits=true", "report.pdf?round=HALF_YEAR&amp;thaiDigits=true");
    // the header's switch and the choice by the downloads are the one fragment: the same links, the chosen one active
    assertThat(thai).containsPattern("<a href=\"[^\"]*digits=thai\" title=\"แสดงเลขไทย\" class=\"active\">๑๒๓</a>")
        .containsPattern("<a href=\"[^\"]*digits=arabic\" title=\"แสดงเลขอารบิก\">123</a>")
        .containsPattern("<a href=\"[^\"]*digits=thai\" class=\"active\">เลขไทย \\(๑๒๓\\)</a>")
        .containsPattern("<a href=\"[^\"]*digits=arabic\">เลขอารบิก \\(123\\)</a>");
    assertThat(arabic).containsPattern("<a href=\"[^\"]*digits=arabic\" class=\"active\">เลขอารบิก \\(123\\)</a>");
    // the yearly report reads the assessment once for both rounds
    assertThat(mvc.perform(get("/organizations/" + org + "/risk/2568/yearly-report.pdf").with(SignedIn.as(auditor))).andReturn()
        .getResponse().getContentType()).isEqualTo("application/pdf");
  }
}
