package org.civicinspect.excel;

import java.util.List;

/**
 * The layout a 督办单 workbook is written in ({@link DispatchWorkbookWriter}) and read back in ({@link ReplyWorkbookReader}):
 * the sheet of problems, its header row, the columns the office filled (locked) and those the unit fills, and the very
 * hidden sheet that says which workspace, batch and unit the workbook was made for.
 */
final class DispatchSheet {

    static final String SHEET = "督办单";
    static final String ABOUT = "派单信息";
    static final int HEADER_ROW = 3;

    /** The columns the office filled, in order: the unit may not change them. */
    static final List<String> LOCKED = List.of("问题编号", "来源", "点位/地址", "测评标准", "问题描述", "整改时限", "状态/颜色", "退回原因");
    /** The columns the unit fills, after the locked ones. */
    static final List<String> REPLY = List.of("认领人", "联系电话", "整改措施", "完成日期", "整改后照片");
    static final int CLAIMANT = LOCKED.size();
    static final int PHONE = CLAIMANT + 1;
    static final int MEASURES = CLAIMANT + 2;
    static final int COMPLETED_ON = CLAIMANT + 3;
    static final int PHOTOS = CLAIMANT + 4;
    /** After the reply columns, locked, for the unit to read: the files of the photos taken when the problem was found. */
    static final String PHOTOS_BEFORE = "整改前照片";
    static final int PHOTOS_BEFORE_COLUMN = PHOTOS + 1;

    /** Rows of the hidden sheet, label in column A and value in column B. */
    static final String WORKSPACE = "workspace";
    static final String BATCH = "batch";
    static final String UNIT = "unit";
    static final String FORMAT = "format";
    static final String FORMAT_VERSION = "civicinspect-dispatch-1";

    private DispatchSheet() {
    }
}
