package org.civicinspect.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 材料: an evidence file a unit filed for a round's material standards, its bytes kept once by {@code sha256}.
 * {@code type} is as offices write it (规范文件, 情况说明, 实景图片, 统计表格, 媒体报道 …).
 */
public record MaterialFile(String id, String roundId, String unit, String sha256, String fileName, String mediaType, long bytes,
                           String title, String type, LocalDate documentDate, List<String> standards, String filedBy, Instant filedAt) {

    public MaterialFile {
        standards = List.copyOf(standards);
    }
}
