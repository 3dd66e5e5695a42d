/** Local government organizations (SAO, municipalities, PAO, Bangkok, Pattaya) and their units (สำนัก / กอง). */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations",
    allowedDependencies = {"access", "audit", "common", "database", "web"})
package org.sujarit.organization;
