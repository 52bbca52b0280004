package org.civicinspect.service.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import org.civicinspect.service.common.RequestRefused;

/**
 * Whether a file is a whole JPEG or PNG picture, judged by walking its structure rather than decoding its pixels: a
 * JPEG's marker segments from its start (SOI) through a frame and its scans to its end (EOI), a PNG's chunks from IHDR
 * through image data to IEND, each with its checksum. A file cut short never reaches its end and is refused as
 * damaged. Decoding every photo of 40 result packages cost more than the rest of their merge; this reads each byte
 * once. Whatever follows the end (some cameras append data there) is not read.
 */
final class PictureStructure {

    private static final long MAX_PIXELS = 200_000_000L;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454e44;

    private final Cursor in;
    private final String name;

    private PictureStructure(InputStream stream, byte[] buffer, int read, String name) {
        this.in = new Cursor(stream, buffer, read);
        this.name = name;
    }

    /**
     * {@code image/jpeg} or {@code image/png} for a whole picture; refuses a file that is neither ({@code photo.unsupported}),
     * one cut short or malformed ({@code photo.damaged}) and one of more than 200 million pixels ({@code photo.tooLarge}).
     */
    static String mediaType(InputStream stream, String name) throws IOException {
        return new PictureStructure(stream, new byte[8 * 1024], 0, name).mediaType();
    }

    /** As above, for a picture read already: its bytes are walked where they are, not copied through a buffer. */
    static String mediaType(byte[] picture, String name) throws IOException {
        return new PictureStructure(InputStream.nullInputStream(), picture, picture.length, name).mediaType();
    }

    private String mediaType() throws IOException {
        int first = in.next();
        int second = in.next();
        if (first == 0xFF && second == 0xD8) {
            jpeg();
            return "image/jpeg";
        }
        if (first == (PNG_SIGNATURE[0] & 0xFF) && second == PNG_SIGNATURE[1] && restOfPngSignature()) {
            png();
            return "image/png";
        }
        throw new RequestRefused("photo.unsupported", name);
    }

    private void jpeg() throws IOException {
        boolean frame = false;
        boolean scan = false;
        int marker = nextMarker();
        while (marker != 0xD9) {
            if (marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                throw damaged(); // no second start, and no restart marker outside a scan
            }
            int length = in.nextShort() - 2;
            if (length < 0) {
                throw damaged();
            }
            if (isFrame(marker)) {
                if (frame || length < 6) {
                    throw damaged();
                }
                in.next(); // sample precision
                long height = in.nextShort();
                long width = in.nextShort();
                if (width == 0) {
                    throw damaged();
                }
                refuseTooManyPixels(width * height);
                in.skip(length - 5L);
                frame = true;
                marker = nextMarker();
            } else if (marker == 0xDA) {
                if (!frame) {
                    throw damaged();
                }
                in.skip(length);
                scan = true;
                marker = afterEntropyCodedData();
            } else {
                in.skip(length);
                marker = nextMarker();
            }
        }
        if (!scan) {
            throw damaged();
        }
    }

    // The start-of-frame markers: C0–CF but for C4 (Huffman tables), C8 (reserved) and CC (arithmetic conditioning).
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private int nextMarker() throws IOException {
        if (in.next() != 0xFF) {
            throw damaged();
        }
        int marker = in.next();
        while (marker == 0xFF) {
            marker = in.next(); // fill bytes
        }
        if (marker < 0) {
            throw damaged();
        }
        return marker;
    }

    /** Passes over a scan's coded data, where a 0xFF byte is followed by 0 (a stuffed byte) or a restart marker, to the marker that ends it. */
    private int afterEntropyCodedData() throws IOException {
        while (true) {
            int b = in.nextFF();
            if (b < 0) {
                throw damaged();
            }
            int marker = in.next();
            while (marker == 0xFF) {
                marker = in.next();
            }
            if (marker < 0) {
                throw damaged();
            }
            if (marker != 0x00 && (marker < 0xD0 || marker > 0xD7)) {
                return marker;
            }
        }
    }

    private boolean restOfPngSignature() throws IOException {
        for (int i = 2; i < PNG_SIGNATURE.length; i++) {
            if (in.next() != (PNG_SIGNATURE[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private void png() throws IOException {
        CRC32 crc = new CRC32();
        boolean data = false;
        for (int index = 0; ; index++) {
            long length = in.nextInt() & 0xFFFF_FFFFL;
            if (length > Integer.MAX_VALUE) {
                throw damaged();
            }
            crc.reset();
            int type = in.nextInt(crc);
            if (index == 0 && (type != IHDR || length != 13)) {
                throw damaged();
            }
            if (type == IHDR) {
                if (index != 0) {
                    throw damaged();
                }
                long width = in.nextInt(crc) & 0xFFFF_FFFFL;
                long height = in.nextInt(crc) & 0xFFFF_FFFFL;
                if (width == 0 || height == 0) {
                    throw damaged();
                }
                refuseTooManyPixels(width * height);
                in.copy(5, crc);
            } else {
                in.copy(length, crc);
            }
            if ((in.nextInt() & 0xFFFF_FFFFL) != crc.getValue()) {
                throw damaged();
            }
            data |= type == IDAT;
            if (type == IEND) {
                if (!data) {
                    throw damaged();
                }
                return;
            }
        }
    }

    private void refuseTooManyPixels(long pixels) {
        if (pixels > MAX_PIXELS) {
            throw new RequestRefused("photo.tooLarge", name);
        }
    }

    private RequestRefused damaged() {
        return new RequestRefused("photo.damaged", name);
    }

    /**
     * The file's bytes through a buffer, of which the first {@code limit} are read already; reading past the end refuses
     * the picture as damaged (but for {@link #next} and {@link #nextFF}).
     */
    private final class Cursor {

        private final InputStream stream;
        private final byte[] buffer;
        private int position;
        private int limit;

        Cursor(InputStream stream, byte[] buffer, int limit) {
            this.stream = stream;
            this.buffer = buffer;
            this.limit = limit;
        }

        /** The next byte, or -1 at the end. */
        int next() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        /** Passes over bytes up to and including the next 0xFF; -1 when the end comes first. */
        int nextFF() throws IOException {
            while (true) {
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == (byte) 0xFF) {
                        position = i + 1;
                        return 0xFF;
                    }
                }
                position = limit;
                if (!fill()) {
                    return -1;
                }
            }
        }

        int nextShort() throws IOException {
            return required() << 8 | required();
        }

        int nextInt() throws IOException {
            return nextShort() << 16 | nextShort();
        }

        int nextInt(CRC32 crc) throws IOException {
            int value = nextInt();
            for (int shift = 24; shift >= 0; shift -= 8) {
                crc.update(value >>> shift & 0xFF);
            }
            return value;
        }

        void skip(long count) throws IOException {
            copy(count, null);
        }

        /** Passes over {@code count} bytes, adding them to {@code crc} unless it is null. */
        void copy(long count, CRC32 crc) throws IOException {
            long left = count;
            while (left > 0) {
                if (position == limit && !fill()) {
                    throw damaged();
                }
                int n = (int) Math.min(left, limit - position);
                if (crc != null) {
                    crc.update(buffer, position, n);
                }
                position += n;
                left -= n;
            }
        }

        private int required() throws IOException {
            int b = next();
            if (b < 0) {
                throw damaged();
            }
            return b;
        }

        private boolean fill() throws IOException {
            int n = stream.read(buffer);
            while (n == 0) {
                n = stream.read(buffer);
            }
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }
    }
}
