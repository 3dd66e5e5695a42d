package org.sujarit.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujarit.plan.Budget;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.web.Messages;

/** Reading what forms post, without Spring: list buttons, numbers as typed, and where messages go. */
class AuthoringFormsTest {
  /** Forms that parse cleanly never ask for a message text. */
  static final Messages NO_MESSAGES = null;

  @Test
  void listButtonsAddMoveAndRemoveEntriesAndSayWhatToFocus() {
    List<String> list = new ArrayList<>(List.of("a", "b", "c"));
    ListOp.parse("up:objectives:2").applyTo(list, () -> "");
    assertThat(list).containsExactly("a", "c", "b");
    ListOp.parse("down:objectives:0").applyTo(list, () -> "");
    assertThat(list).containsExactly("c", "a", "b");
    ListOp.parse("up:objectives:0").applyTo(list, () -> "");
    ListOp.parse("remove:objectives:9").applyTo(list, () -> "");
    assertThat(list).containsExactly("c", "a", "b");
    ListOp add = ListOp.parse("add:objectives");
    add.applyTo(list, () -> "");
    assertThat(list).hasSize(4);
    assertThat(add.focusId(list.size())).isEqualTo("f-objectives-3");
    assertThat(ListOp.parse("remove:method:1").focusId(2)).isEqualTo("add-method");
    assertThatThrownBy(() -> ListOp.parse("drop:x:1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ListOp.parse("up:x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsNumbersAsPeopleTypeThem() {
    assertThat(Budget.parseCell("1,000")).isEqualTo(Baht.of(1000));
    assertThat(Budget.parseCell("๑๐๐๐")).isEqualTo(Baht.of(1000));
    assertThat(Budget.parseCell(" - ")).isEqualTo(Baht.ZERO);
    assertThat(Budget.parseCell("")).isNull();
    assertThat(Budget.parseCell("ไม่ใช้งบประมาณ")).isEqualTo(Baht.ZERO);
    assertThatThrownBy(() -> Budget.parseCell("abc")).isInstanceOf(RuleViolation.class);
    assertThat(FormText.decimal("๘๕")).isEqualByComparingTo("85");
    assertThat(FormText.decimal("12.5")).isEqualByComparingTo("12.5");
    assertThat(FormText.decimal(" ")).isNull();
    assertThatThrownBy(() -> FormText.decimal("80%")).isInstanceOfSatisfying(RuleViolation.class,
        e -> assertThat(e.messageKey()).isEqualTo("authoring.number.invalid"));
  }

  @Test
  void emptyRowsAreDroppedAndMessagesFindTheRowTheUserTypedIn() {
    IntroductionForm f = new IntroductionForm();
    f.risks.add(new IntroductionForm.Risk());
    IntroductionForm.Risk typed = new IntroductionForm.Risk();
    typed.risk = "ฮั้วประมูล";
    f.risks.add(typed);
    IntroductionForm.Goal goal = new IntroductionForm.Goal();
    goal.name = "ITA";
    goal.unit = "SCORE";
    goal.targets.put(2570, "๘๕");
    f.goals.add(new IntroductionForm.Goal());
    f.goals.add(goal);
    Introduction intro = f.toIntroduction(new FieldErrors(NO_MESSAGES));
    assertThat(intro.risks()).hasSize(1);
    assertThat(intro.goals()).hasSize(1);
    assertThat(intro.goals().get(0).unit()).isEqualTo(MeasureUnit.SCORE);
    assertThat(f.formField("risks[0].level")).isEqualTo("risks[1].level");
    assertThat(f.formField("goals[0].targets")).isEqualTo("goals[1].targets");
    assertThat(f.formField("rationale")).isEqualTo("rationale");
  }

  @Test
  void aSheetFormRoundTripsAndSumsItsReadableCostLines() {
    DetailSheet sheet = new DetailSheet("หลักการ", List.of("ก"), null, null, List.of("ขั้น 1"), null, null,
        List.of(new DetailSheet.CostLine("ค่าอาหาร", Baht.of(1500))), null, null, null,
        List.of(new DetailSheet.Indicator("ร้อยละ", new BigDecimal("80"), MeasureUnit.PERCENT)));
    DetailSheetForm form = DetailSheetForm.of(sheet);
    assertThat(form.toSheet(new FieldErrors(NO_MESSAGES))).isEqualTo(sheet);
    DetailSheetForm.Cost bad = new DetailSheetForm.Cost();
    bad.description = "ค่าเอกสาร";
    bad.amount = "abc";
    form.costLines.add(bad);
    assertThat(form.costTotal()).isEqualTo(Baht.of(1500));
  }
}
