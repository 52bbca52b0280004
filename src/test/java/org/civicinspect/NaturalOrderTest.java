package org.civicinspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.NaturalOrder;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInsideNamesSortByValue() {
        List<String> names = new ArrayList<>(List.of("第10组", "第2组", "第1组", "甲组", "第1组B", "第100组"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("甲组", "第1组", "第1组B", "第2组", "第10组", "第100组"), names);
    }
}
