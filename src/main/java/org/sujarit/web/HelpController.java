package org.sujarit.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;

/** The help page: the common tasks of every role, the signed-in user's own roles first and open. */
@Controller
class HelpController {
  @GetMapping("/help")
  String help(Model model) {
    CurrentUser user = CurrentUsers.get();
    List<Role> roles = new ArrayList<>(user.roles().stream().sorted().toList());
    for (Role r : Role.values()) if (!roles.contains(r)) roles.add(r);
    model.addAttribute("roles", roles);
    model.addAttribute("own", user.roles());
    return "help";
  }
}
