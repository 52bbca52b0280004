package org.civicinspect.gui;

import java.util.List;

/** What the unit says of a material file it adds: its title, type, date (as typed, 2026-05-01) and the standards it serves. */
public record MaterialDetails(String title, String type, String date, List<String> standards) {
}
