package org.civicinspect.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Photos staged from packages, each under the temporary name it has as a file: held in memory up to a budget shared
 * by every merge in progress, past it written to that file. Making thousands of small files while packages are
 * checked cost a merge more than all its database writes, and a merge that is refused then has none to remove.
 */
final class StagedBytes {

    /** Bytes of staged photos held in memory at most, across every merge in progress. */
    static final long IN_MEMORY = 32L * 1024 * 1024;

    private final Map<Path, byte[]> held = new ConcurrentHashMap<>();
    private final AtomicLong heldBytes = new AtomicLong();
    /** Names whose bytes are in a file under that name: only these have a file to delete when discarded. */
    private final Set<Path> inFiles = ConcurrentHashMap.newKeySet();

    /** The source's bytes, held under {@code name} or written there; when the source fails, nothing is left behind. */
    <E extends Exception> Path stage(Path name, PhotoStore.ByteSource<E> source) throws IOException, E {
        Buffer buffer = new Buffer();
        source.writeTo(buffer);
        return stage(name, buffer.taken());
    }

    /** These bytes, held under {@code name} as they are or written there. */
    Path stage(Path name, byte[] bytes) throws IOException {
        if (heldBytes.addAndGet(bytes.length) <= IN_MEMORY) {
            held.put(name, bytes);
            return name;
        }
        heldBytes.addAndGet(-bytes.length);
        Files.createDirectories(name.getParent());
        inFiles.add(name);
        Files.write(name, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return name;
    }

    /** The bytes staged under {@code name}, from memory or from its file. */
    byte[] bytes(Path name) throws IOException {
        byte[] bytes = held.get(name);
        return bytes != null ? bytes : Files.readAllBytes(name);
    }

    /**
     * Makes sure the bytes staged under {@code name} are in its file, whose folder exists (complete once this returns);
     * memory lets go of them.
     */
    void writeOut(Path name) throws IOException {
        byte[] bytes = held.get(name);
        if (bytes != null) {
            inFiles.add(name);
            Files.write(name, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            release(name, bytes);
        }
    }

    /** The file under {@code name} was moved to its place in the store: nothing is left to discard under that name. */
    void moved(Path name) {
        inFiles.remove(name);
    }

    /** Lets go of what is staged under {@code name}: from memory, or its file deleted. */
    void discard(Path name) {
        byte[] bytes = held.get(name);
        if (bytes != null) {
            release(name, bytes);
            return;
        }
        // A merge discards every photo it staged once it is done; asking the disk about thousands already moved cost it
        // more than its commit.
        if (!inFiles.remove(name)) {
            return;
        }
        try {
            Files.deleteIfExists(name);
        } catch (IOException ignored) {
            // Its name starts with a dot: the next start clears it.
        }
    }

    /** A buffer whose bytes are taken without a second copy when it is full to the byte, as one whole write leaves it. */
    private static final class Buffer extends ByteArrayOutputStream {
        byte[] taken() {
            return count == buf.length ? buf : toByteArray();
        }
    }

    private void release(Path name, byte[] bytes) {
        if (held.remove(name, bytes)) {
            heldBytes.addAndGet(-bytes.length);
        }
    }
}
