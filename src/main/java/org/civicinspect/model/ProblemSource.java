package org.civicinspect.model;

/**
 * 问题来源: where a problem came from. 实地测评 problems are raised by the review of an inspection; the others are
 * raised by hand or from a workbook: 媒体曝光, 群众反映 (12345, 随手拍), 领导督查, 暗访, 其他.
 */
public enum ProblemSource {
    INSPECTION, MEDIA, CITIZENS, LEADERS, UNANNOUNCED, OTHER
}
