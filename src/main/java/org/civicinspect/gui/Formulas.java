package org.civicinspect.gui;

import java.math.BigDecimal;
import org.civicinspect.i18n.Messages;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CityScore;
import org.civicinspect.scoring.Rounding;

/**
 * A figure's formula with its own numbers (design §4.4), in the user's language: the screens show these, where the
 * Chinese {@code formula()} of the scoring records goes into the reports and the command line.
 */
public final class Formulas {

    private Formulas() {
    }

    /** 得分率 = 37.5 / 50 = 75.00%；达标率 = 12 / 16 = 75.00% */
    public static String of(Aggregate a) {
        if (!a.rated()) {
            return Messages.get("formula.unrated", a.sites());
        }
        return Messages.get("formula.rates", plain(a.earned()), plain(a.possible()), Rounding.percent(a.scoreRate()).toPlainString(),
                String.valueOf(a.fullyMet()), String.valueOf(a.scored()), Rounding.percent(a.complianceRate()).toPlainString());
    }

    /** 实地考察得分 = 86.40 − 1.5 = 84.90（负面清单 1 件） */
    public static String of(CityScore city) {
        return Messages.get("formula.total", Rounding.forDisplay(city.fieldPoints()).toPlainString(), plain(city.deductions()),
                Rounding.forDisplay(city.total()).toPlainString(), city.events().size());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
