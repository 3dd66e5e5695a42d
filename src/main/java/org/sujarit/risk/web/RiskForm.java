package org.sujarit.risk.web;

import org.sujarit.organization.UnitId;
import org.sujarit.risk.ControlQuality;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.TrafficLight;

/** Steps 1 to 4 of one risk as the form sends them; kept as typed when a rule refuses them. */
public record RiskForm(long revision, String area, String customArea, String process, String description, RiskFactor factor,
    java.util.UUID ownerUnit, TrafficLight light, Integer likelihood, Integer impact, ControlQuality control) {

  static RiskForm of(Risk r, long revision) {
    boolean builtIn = org.sujarit.risk.RiskArea.builtIn(r.area());
    return new RiskForm(revision, builtIn ? r.area() : "OTHER", builtIn ? null : r.area(), r.process(), r.description(), r.factor(),
        r.ownerUnit() == null ? null : r.ownerUnit().value(), r.light(), r.score() == null ? null : r.score().likelihood(),
        r.score() == null ? null : r.score().impact(), r.control());
  }

  static RiskForm empty(long revision) {
    return new RiskForm(revision, org.sujarit.risk.RiskArea.BRIBERY, null, null, null, RiskFactor.UNKNOWN, null, TrafficLight.GREEN, null, null,
        null);
  }

  /** The area: a built-in code, or what was typed for "another area". */
  String areaValue() {
    return "OTHER".equals(area) ? customArea : area;
  }

  Risk identification() {
    return Risk.identified(areaValue(), process, description, factor, ownerUnit == null ? null : new UnitId(ownerUnit), light);
  }
}
