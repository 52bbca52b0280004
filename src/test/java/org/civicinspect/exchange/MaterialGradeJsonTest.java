package org.civicinspect.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialReview;
import org.junit.jupiter.api.Test;

/**
 * A review in a unit task package: its grade's label with the exact coefficient it counted with; a package written
 * before grade scales names one of the fixed grades instead, which is read as that grade of the default scale.
 */
class MaterialGradeJsonTest {

    private static MaterialReview read(String grade) throws PackageProblem {
        String json = "{\"roundId\":\"r1\",\"standardCode\":\"CL-01\",\"grade\":" + grade + ",\"comment\":\"\",\"reviewer\":\"王芳\","
                + "\"reviewedAt\":\"2026-06-03T08:00:00Z\"}";
        return PackageJson.read("任务.cipkg", "content.json", json.getBytes(StandardCharsets.UTF_8), MaterialReview.class);
    }

    @Test
    void aGradeTravelsAsItsLabelAndExactCoefficient() throws Exception {
        MaterialReview review = new MaterialReview("r1", "CL-01", new MaterialGrade("B", new BigDecimal("0.85")), "", "王芳",
                Instant.parse("2026-06-03T08:00:00Z"));
        assertEquals(review, PackageJson.read("任务.cipkg", "content.json", PackageJson.write(review), MaterialReview.class));
        assertEquals(new MaterialGrade("B", new BigDecimal("0.333333333333333333333")), read("{\"label\":\"B\",\"coefficient\":0.333333333333333333333}").grade());
    }

    @Test
    void aPackageFromBeforeGradeScalesNamesAFixedGrade() throws Exception {
        assertEquals(new MaterialGrade("完整", BigDecimal.ONE), read("\"COMPLETE\"").grade());
        assertEquals(new MaterialGrade("部分", new BigDecimal("0.5")), read("\"PARTIAL\"").grade());
        assertEquals(new MaterialGrade("缺失", BigDecimal.ZERO), read("\"MISSING\"").grade());
        assertEquals(MaterialGrade.RETURNED, read("\"RETURNED\"").grade());
    }

    @Test
    void aGradeWithoutALabelOrWithACoefficientAboveOneIsAProblemOfThePackage() {
        for (String grade : new String[] {"{\"label\":\"A\",\"coefficient\":1.5}", "{\"coefficient\":1}", "\"EXCELLENT\""}) {
            assertEquals("package.badJson", assertThrows(PackageProblem.class, () -> read(grade)).messageKey(), grade);
        }
    }
}
