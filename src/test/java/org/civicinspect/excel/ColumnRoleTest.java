package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every header alias that docs/workbook-formats.md lists, and the forms hand-made headers take. */
class ColumnRoleTest {

    @ParameterizedTest
    @CsvSource({
        "测评项目,CATEGORY", "一级指标,CATEGORY", "项目,CATEGORY",
        "测评内容,INDICATOR", "二级指标,INDICATOR", "指标名称,INDICATOR", "指标,INDICATOR",
        "测评标准,STANDARD", "三级指标,STANDARD", "具体标准,STANDARD", "标准内容,STANDARD", "考察内容,STANDARD",
        "考察内容和要求,STANDARD",
        "编码,STANDARD_CODE", "代码,STANDARD_CODE", "序号,STANDARD_CODE", "标准编码,STANDARD_CODE",
        "测评项目编码,CATEGORY_CODE", "测评内容编码,INDICATOR_CODE",
        "测评方法,METHOD", "考察方式,METHOD", "测评方式,METHOD",
        "分值,POINTS", "标准分,POINTS", "分数,POINTS",
        "计分方式,SCORING", "评分方式,SCORING",
        "适用点位,SITE_TYPES", "点位类型,SITE_TYPES", "考察点位,SITE_TYPES", "测评点位,SITE_TYPES",
        "负面清单,NEGATIVE_LIST",
        "观察规则,OBSERVATION_RULE", "判定说明,OBSERVATION_RULE", "备注,OBSERVATION_RULE"})
    void recognisesEveryAlias(String header, ColumnRole role) {
        assertEquals(role, ColumnRole.forHeader(header));
    }

    @ParameterizedTest
    @CsvSource({"'分值（分）',POINTS", "'分 值',POINTS", "'*测评标准',STANDARD", "'适用点位\n',SITE_TYPES", "'标准分(分)',POINTS",
        "'测评\u3000方法',METHOD"})
    void toleratesUnitsMarksAndSpaces(String header, ColumnRole role) {
        assertEquals(role, ColumnRole.forHeader(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"姓名", "得分", "问题描述", ""})
    void otherHeadersAreNoColumnOfOurs(String header) {
        assertNull(ColumnRole.forHeader(header));
    }
}
