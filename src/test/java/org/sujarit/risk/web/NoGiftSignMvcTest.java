package org.sujarit.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.risk.nogift.NoGift;
import org.sujarit.risk.nogift.NoGiftPolicy;

/**
 * The No Gift announcement's sign step through the pages, per role: the planner drafts and cannot sign,
 * the executive signs with the name of their account (no typed signer any more), others are refused;
 * the signature is in the audit trail and the documents offer Thai digits.
 */
@IntegrationTest
@Import(TestData.class)
class NoGiftSignMvcTest {
  static final FiscalYear YEAR = FiscalYear.of(2568);

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired NoGift noGift;
  @Autowired JdbcTemplate jdbc;

  @Test
  void thePlannerDraftsAndOnlyTheExecutiveSigns() throws Exception {
    TestData.Tenant t = data.tenant("ngsign", "ขอนแก่น");
    TestData.Tenant other = data.tenant("ngsignx", "ขอนแก่น");
    var org = t.organization().id();
    String base = "/organizations/" + org + "/no-gift/2568";
    CurrentUser planner = t.member(Role.PLANNER);
    CurrentUser executive = t.member(Role.EXECUTIVE);

    // the planner's form has no signer field any more; a typed signer is ignored
    String page = mvc.perform(get(base).with(SignedIn.as(planner))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).doesNotContain("name=\"signerName\"", "name=\"signerPosition\"").contains("ร่าง: กำหนดวันที่ประกาศแล้วบันทึก");
    send(planner, base + "/policy", "announcedOn", "2024-10-03", "signerName", "นายพิมพ์เอง");
    assertThat(policy(t)).satisfies(p -> {
      assertThat(p.signed()).isFalse();
      assertThat(p.announcedOn()).hasToString("2024-10-03");
      assertThat(p.signature()).isNull();
    });
    assertThat(mvc.perform(get(base).with(SignedIn.as(planner))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("ร่าง รอผู้บริหารลงนาม").doesNotContain("announcement/sign");

    // only the executive of the organization signs
    for (CurrentUser refused : List.of(planner, t.member(Role.VIEWER), t.member(Role.UNIT_OFFICER), t.member(Role.AUDITOR),
        t.member(Role.ORG_ADMIN), other.member(Role.EXECUTIVE))) {
      assertThat(mvc.perform(post(base + "/announcement/sign").with(SignedIn.as(refused)).with(csrf())).andReturn().getResponse().getStatus())
          .as(refused.username()).isIn(403, 404);
    }
    assertThat(mvc.perform(post(base + "/announcement/sign").with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
    assertThat(policy(t).signed()).isFalse();

    String executivePage = mvc.perform(get(base).with(SignedIn.as(executive))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(executivePage).contains("announcement/sign", "ท่านจะลงนามในนาม " + executive.displayName());
    MvcResult signed = send(executive, base + "/announcement/sign");
    assertThat(signed.getFlashMap().get("flash")).isEqualTo("ลงนามประกาศแล้ว ประกาศเผยแพร่ต่อสาธารณะ");
    NoGiftPolicy p = policy(t);
    assertThat(p.signed()).isTrue();
    assertThat(p.signature().by()).isEqualTo(executive.username());
    assertThat(p.signature().name()).isEqualTo(executive.displayName());
    assertThat(p.signature().position()).isEqualTo(t.organization().executiveTitle());
    assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'nogift-policy' and organization_id = ? order by seq",
        String.class, org.value())).containsExactly("save", "sign");
    assertThat(jdbc.queryForObject("select actor from audit_entry where entity_type = 'nogift-policy' and action = 'sign' and organization_id = ?",
        String.class, org.value())).isEqualTo(executive.username());

    // the document prints the executive's name from the signature, in Thai digits when asked
    byte[] pdf = mvc.perform(get(base + "/announcement.pdf").param("thaiDigits", "true").with(SignedIn.as(t.member(Role.VIEWER))))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(text(pdf)).contains("(" + executive.displayName() + ")", t.organization().executiveTitle(), "๓ ตุลาคม ๒๕๖๗")
        .doesNotContain("นายพิมพ์เอง");

    // frozen: the date cannot change; a new draft (the planner's) is signed again
    MvcResult frozen = send(planner, base + "/policy", "announcedOn", "2024-10-09");
    assertThat(frozen.getResponse().getStatus()).isEqualTo(200);
    assertThat(frozen.getResponse().getContentAsString()).contains("แก้วันที่ประกาศไม่ได้ ให้จัดทำร่างใหม่");
    assertThat(mvc.perform(post(base + "/announcement/redraft").with(SignedIn.as(executive)).with(csrf())).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    send(planner, base + "/announcement/redraft");
    send(planner, base + "/policy", "announcedOn", "2024-10-09");
    assertThat(policy(t).signed()).isFalse();
    assertThat(policy(t).published()).hasValueSatisfying(x -> assertThat(x.announcedOn()).hasToString("2024-10-03"));
    assertThat(send(planner, base + "/announcement/sign").getResponse().getStatus()).isEqualTo(403);
    send(executive, base + "/announcement/sign");
    assertThat(policy(t).signature().announcedOn()).hasToString("2024-10-09");

    // the download links carry the reader's digit choice, shown beside them
    String thai = mvc.perform(get(base).param("digits", "thai").with(SignedIn.as(planner))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(thai).contains("announcement.pdf?thaiDigits=true", "report.docx?thaiDigits=true", "ตัวเลขในเอกสาร");
    assertThat(page).contains("announcement.pdf?thaiDigits=false");
  }

  private MvcResult send(CurrentUser user, String url, String... params) throws Exception {
    var request = post(url).with(SignedIn.as(user)).with(csrf());
    for (int i = 0; i < params.length; i += 2) request = request.param(params[i], params[i + 1]);
    MvcResult r = mvc.perform(request).andReturn();
    return r;
  }

  private NoGiftPolicy policy(TestData.Tenant t) {
    return noGift.forReport(t.member(Role.PLANNER), t.organization().id(), YEAR).policy();
  }

  private static String text(byte[] pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
