package org.civicinspect.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;

/** An old .xls workbook, opened by POI's usermodel, turned into the grids an import reads; formulas read as their saved value. */
final class UsermodelSheets {

    private UsermodelSheets() {
    }

    static WorkbookSheets read(Workbook workbook) {
        List<SheetGrid> grids = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            SheetGrid.Builder grid = new SheetGrid.Builder(sheet.getSheetName(), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i));
            sheet.getMergedRegions().forEach(grid::merged);
            for (Row row : sheet) {
                grid.startRow(row.getRowNum());
                for (Cell cell : row) {
                    grid.cell(cell.getColumnIndex(), value(cell));
                }
            }
            grids.add(grid.build());
        }
        return new WorkbookSheets(grids);
    }

    private static GridCell value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> GridCell.text(cell.getStringCellValue());
            case NUMERIC -> GridCell.number(NumberToTextConverter.toText(cell.getNumericCellValue()));
            case BOOLEAN -> GridCell.bool(cell.getBooleanCellValue());
            default -> GridCell.EMPTY;
        };
    }
}
