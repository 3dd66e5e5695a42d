package org.sujarit.plan.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The authoring forms (model attribute {@code form}) are plain classes with public fields, bound
 * directly, nested lists included ({@code costLines[2].amount}).
 */
@ControllerAdvice(basePackageClasses = FormBinding.class)
class FormBinding {
  @InitBinder("form")
  void fields(WebDataBinder binder) {
    binder.initDirectFieldAccess();
  }
}
