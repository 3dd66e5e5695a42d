package org.sujarit.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;

/** Puts the signed-in user in every page's model, for the navigation bar. */
@ControllerAdvice
class CurrentUserAdvice {
  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    return CurrentUsers.find().orElse(null);
  }
}
