package org.civicinspect.service.rectification;

import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;

/** 派单, taking replies in and 核查 are the office's: 内业 or 督查组长, signed in; an inspector is refused. */
public final class OfficeStaff {

    private OfficeStaff() {
    }

    /** The person signed in, who must be office staff; refuses with what they are otherwise. */
    public static Person required(SignedIn signedIn) {
        Person person = signedIn.person().orElseThrow(() -> new RequestRefused("person.nobodySignedIn"));
        if (person.role() == Role.INSPECTOR) {
            throw new RequestRefused("reply.officeOnly", person.name(), Messages.get("role." + person.role().name()));
        }
        return person;
    }
}
