package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.EvidenceWindow;
import org.civicinspect.model.MaterialFile;

/** The material files filed for rounds (材料), the material types standards require, and rounds' evidence windows. */
public final class MaterialFileRepository {

    private static final List<String> TABLES = List.of("material_file", "material_file_standard", "material_requirement", "material_window");

    private final Connection c;

    MaterialFileRepository(Connection c) {
        this.c = c;
    }

    /** Records a filed file and the standards it serves; its unit must be in the registry. */
    public void save(MaterialFile file) throws SQLException {
        String unitId = registeredUnitId(file.unit()).orElseThrow(() -> new SQLException("unit not in the registry: " + file.unit()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO material_file (id, round_id, unit_id, sha256, file_name, media_type,"
                + " size_bytes, title, material_type, document_date, filed_by, filed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, file.id());
            ps.setString(2, file.roundId());
            ps.setString(3, unitId);
            ps.setString(4, file.sha256());
            ps.setString(5, file.fileName());
            ps.setString(6, file.mediaType());
            ps.setLong(7, file.bytes());
            ps.setString(8, file.title());
            ps.setString(9, file.type());
            ps.setString(10, file.documentDate().toString());
            ps.setString(11, file.filedBy());
            ps.setString(12, file.filedAt().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO material_file_standard (file_id, standard_code) VALUES (?,?)")) {
            for (String code : file.standards()) {
                ps.setString(1, file.id());
                ps.setString(2, code);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The id of a registered unit (单位名录) by its name. */
    public Optional<String> registeredUnitId(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM responsible_unit WHERE name = ? AND registered = 1")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The files filed for the round, in the order they were filed (those filed at the same moment by file name). */
    public List<MaterialFile> ofRound(String roundId) throws SQLException {
        return files("f.round_id = ?", roundId);
    }

    /** Every file filed with these bytes, in any round. */
    public List<MaterialFile> withContent(String sha256) throws SQLException {
        return files("f.sha256 = ?", sha256);
    }

    private List<MaterialFile> files(String where, String value) throws SQLException {
        Map<String, List<String>> standards = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.file_id, s.standard_code FROM material_file_standard s"
                + " JOIN material_file f ON f.id = s.file_id WHERE " + where + " ORDER BY s.standard_code")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    standards.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<MaterialFile> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.round_id, u.name, f.sha256, f.file_name, f.media_type, f.size_bytes,"
                + " f.title, f.material_type, f.document_date, f.filed_by, f.filed_at FROM material_file f"
                + " JOIN responsible_unit u ON u.id = f.unit_id WHERE " + where + " ORDER BY f.filed_at, f.file_name, f.id")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.add(new MaterialFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), LocalDate.parse(rs.getString(10)),
                            standards.getOrDefault(rs.getString(1), List.of()), rs.getString(11), Instant.parse(rs.getString(12))));
                }
            }
        }
        return files;
    }

    /** The material types each standard of the set requires, by standard code; a standard without any is not listed. */
    public Map<String, List<String>> requirements(String setId) throws SQLException {
        Map<String, List<String>> required = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT standard_code, material_type FROM material_requirement WHERE set_id = ?"
                + " ORDER BY standard_code, material_type")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    required.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return required;
    }

    /** Sets the types a standard of the set requires, in place of those it required before (none: it requires nothing). */
    public void require(String setId, String standardCode, List<String> types) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM material_requirement WHERE set_id = ? AND standard_code = ?")) {
            ps.setString(1, setId);
            ps.setString(2, standardCode);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO material_requirement (set_id, standard_code, material_type) VALUES (?,?,?)")) {
            for (String type : types) {
                ps.setString(1, setId);
                ps.setString(2, standardCode);
                ps.setString(3, type);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The round's evidence window (first and last month), when one was set. */
    public Optional<EvidenceWindow> window(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT month_from, month_to FROM material_window WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new EvidenceWindow(YearMonth.parse(rs.getString(1)), YearMonth.parse(rs.getString(2)))) : Optional.empty();
            }
        }
    }

    public void setWindow(String roundId, EvidenceWindow window) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO material_window (round_id, month_from, month_to) VALUES (?,?,?)"
                + " ON CONFLICT (round_id) DO UPDATE SET month_from = excluded.month_from, month_to = excluded.month_to")) {
            ps.setString(1, roundId);
            ps.setString(2, window.from().toString());
            ps.setString(3, window.to().toString());
            ps.executeUpdate();
        }
    }

    /** Counts of the tables this repository writes, for checks that a refused filing changed nothing. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0L);
            }
        }
        return counts;
    }
}
