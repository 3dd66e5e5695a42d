package org.sujarit.plan.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Part2View;
import org.sujarit.plan.PlanId;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The Part 2 table of the plan page, rendered once per plan revision, language, digit style and set
 * of unit names, and then served from memory: it is the largest part of the most read page, and a
 * revision never changes.
 */
@Component
class Part2Tables {
  private static final int KEPT = 128;

  private record Key(PlanId plan, int version, long revision, String language, boolean thaiDigits, int units) {}

  private final SpringTemplateEngine engine;
  private final ApplicationContext context;
  private final Map<Key, String> rendered = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
      return size() > KEPT;
    }
  });

  Part2Tables(SpringTemplateEngine engine, ApplicationContext context) {
    this.engine = engine;
    this.context = context;
  }

  String html(Part2View view, PlanId plan, int version, long revision, Map<UnitId, String> unitNames, Locale locale,
      boolean thaiDigits) {
    Key key = new Key(plan, version, revision, locale.toLanguageTag(), thaiDigits, unitNames.hashCode());
    String html = rendered.get(key);
    if (html == null) {
      Context ctx = new Context(locale);
      ctx.setVariable("part2", view);
      // lets the fragment use the application's beans (@fmt) as the page does
      ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
          new ThymeleafEvaluationContext(context, null));
      html = engine.process("plan/editor/views", Set.of("part2Table"), ctx);
      rendered.put(key, html);
    }
    return html;
  }
}
