package org.civicinspect.excel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Where a streamed workbook keeps the rows it has written of each sheet until the file is put together: in memory,
 * as UTF-8, while the sheet is small and all sheets together stay within a budget; otherwise in a temporary file, as
 * SXSSF does for every sheet. A report of thousands of small sheets (one per site) then creates and removes no file
 * per sheet, which on a slow disk took longer than writing the rows; a long sheet still needs little memory.
 */
final class HeldRows {

    /** Past this many bytes a sheet goes on in a file: one file per megabyte of rows costs next to nothing. */
    static final int SHEET_IN_MEMORY = 1 << 20;
    private static final int FIRST_CHUNK = 1 << 10;
    private static final int LARGEST_CHUNK = 1 << 16;

    private final long budget;
    private long held;
    private final List<Path> files = new ArrayList<>();
    private final char[] pending = new char[8192];
    private int pendingLength;
    // The shared buffer is encoded into one reused array (at most three bytes a char), not a new string and array each
    // time: a long list fills the buffer tens of thousands of times. A lone surrogate becomes '?', as String.getBytes has it.
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer encoded = ByteBuffer.allocate(pending.length * 3);
    private Utf8 owner;

    /** Holds at most {@code budget} bytes in memory across all sheets. */
    HeldRows(long budget) {
        this.budget = budget;
    }

    /** The budget for a workbook written in this JVM: an eighth of the heap, at most 64 MB. */
    static HeldRows forThisHeap() {
        return new HeldRows(Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
    }

    /** A writer for one new sheet's rows. */
    SheetDataWriter newSheet() throws IOException {
        return new Sheet(new Utf8());
    }

    /** Removes the files of sheets that outgrew memory. */
    void discard() throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        files.clear();
    }

    private final class Sheet extends SheetDataWriter {
        private final Utf8 rows;

        Sheet(Utf8 rows) throws IOException {
            super(rows);
            this.rows = rows;
        }

        @Override
        public InputStream getWorksheetXMLInputStream() throws IOException {
            return rows.read();
        }
    }

    /**
     * A sheet's rows encoded as UTF-8 into chunks that double up to 64 KB, or into a file once too large. Text is
     * gathered in one buffer that all sheets share (a workbook is written on one thread) and encoded in bulk when the
     * buffer is full or another sheet starts writing, so a thousand open sheets hold no buffer each.
     */
    private final class Utf8 extends Writer {
        private final List<byte[]> chunks = new ArrayList<>();
        private byte[] chunk;
        private int used;
        private int size;
        private Path file;
        private OutputStream spilled;

        @Override
        public void write(int c) throws IOException {
            take();
            if (pendingLength == pending.length) {
                drain();
            }
            pending[pendingLength++] = (char) c;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            take();
            while (length > 0) {
                int n = Math.min(length, pending.length - pendingLength);
                System.arraycopy(text, offset, pending, pendingLength, n);
                pendingLength += n;
                offset += n;
                length -= n;
                if (pendingLength == pending.length) {
                    drain();
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            take();
            while (length > 0) {
                int n = Math.min(length, pending.length - pendingLength);
                text.getChars(offset, offset + n, pending, pendingLength);
                pendingLength += n;
                offset += n;
                length -= n;
                if (pendingLength == pending.length) {
                    drain();
                }
            }
        }

        /** Makes the shared buffer this sheet's, encoding what another sheet left in it. */
        private void take() throws IOException {
            if (owner != this) {
                if (owner != null) {
                    owner.drain();
                }
                owner = this;
            }
        }

        /** Encodes the shared buffer into this sheet's bytes; a pair of surrogates cut by a full buffer waits for its half. */
        private void drain() throws IOException {
            if (owner != this || pendingLength == 0) {
                return;
            }
            int n = pendingLength;
            boolean cut = pendingLength == pending.length && Character.isHighSurrogate(pending[n - 1]);
            if (cut) {
                n--;
            }
            encoder.reset();
            encoded.clear();
            encoder.encode(CharBuffer.wrap(pending, 0, n), encoded, true);
            encoder.flush(encoded);
            pendingLength = 0;
            if (cut) {
                pending[pendingLength++] = pending[n];
            }
            put(encoded.array(), encoded.position());
        }

        private void put(byte[] bytes, int length) throws IOException {
            int offset = 0;
            while (offset < length && spilled == null) {
                if (chunk == null || used == chunk.length) {
                    grow();
                    continue;
                }
                int n = Math.min(length - offset, chunk.length - used);
                System.arraycopy(bytes, offset, chunk, used, n);
                used += n;
                size += n;
                offset += n;
            }
            if (offset < length) {
                spilled.write(bytes, offset, length - offset);
            }
        }

        private void grow() throws IOException {
            int length = chunk == null ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, chunk.length * 2);
            if (size + length > SHEET_IN_MEMORY || held + length > budget) {
                spill();
                return;
            }
            chunk = new byte[length];
            chunks.add(chunk);
            used = 0;
            held += length;
        }

        private void spill() throws IOException {
            file = Files.createTempFile("civicinspect-rows", ".xml");
            files.add(file);
            spilled = new BufferedOutputStream(Files.newOutputStream(file), LARGEST_CHUNK);
            for (int i = 0; i < chunks.size(); i++) {
                byte[] c = chunks.get(i);
                spilled.write(c, 0, i == chunks.size() - 1 ? used : c.length);
                held -= c.length;
            }
            chunks.clear();
            chunk = null;
        }

        @Override
        public void flush() throws IOException {
            drain();
            if (spilled != null) {
                spilled.flush();
            }
        }

        @Override
        public void close() throws IOException {
            drain();
            if (spilled != null) {
                spilled.close();
            }
        }

        InputStream read() throws IOException {
            drain();
            if (file != null) {
                return Files.newInputStream(file);
            }
            List<InputStream> parts = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                byte[] c = chunks.get(i);
                parts.add(new ByteArrayInputStream(c, 0, i == chunks.size() - 1 ? used : c.length));
            }
            return new SequenceInputStream(Collections.enumeration(parts));
        }
    }
}
