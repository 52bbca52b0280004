package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicinspect.store.PhotoStore.Photo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The photos a workspace knows, one row per SHA-256; the first registration of a photo is the one kept. */
class PhotoRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private static Photo photo(char mark, String name, Instant taken, Instant added) {
        return new Photo(sha(mark), name, "image/jpeg", 3_456_789_012L, taken, added);
    }

    @Test
    void readsBackEveryFieldOfAPhoto() {
        Photo photo = photo('a', "幸福公园_东门.jpg", Instant.parse("2026-03-01T01:02:03.004Z"), NOW);
        fx.write(tx -> {
            tx.photos().register(photo);
            return null;
        });
        assertEquals(Optional.of(photo), fx.read(tx -> tx.photos().find(sha('a'))));
    }

    @Test
    void aPhotoWithoutATimeTakenReadsBackWithout() {
        Photo photo = photo('a', "scan.png", null, NOW);
        fx.write(tx -> {
            tx.photos().registerAll(List.of(photo));
            return null;
        });
        assertEquals(Optional.of(photo), fx.read(tx -> tx.photos().find(sha('a'))));
    }

    @Test
    void registeringTheSamePhotoTwiceKeepsTheFirst() {
        Photo first = photo('a', "first.jpg", null, NOW);
        fx.write(tx -> {
            tx.photos().register(first);
            tx.photos().register(photo('a', "second.jpg", NOW, NOW.plusSeconds(1)));
            return null;
        });
        assertEquals(Optional.of(first), fx.read(tx -> tx.photos().find(sha('a'))));
        assertEquals(1, fx.count("photo"));
    }

    @Test
    void registeringAllKeepsThoseKnownAndAddsTheRest() {
        Photo known = photo('a', "known.jpg", null, NOW);
        fx.write(tx -> {
            tx.photos().register(known);
            return null;
        });
        Photo added = photo('b', "new.jpg", null, NOW.plusSeconds(1));
        fx.write(tx -> {
            tx.photos().registerAll(List.of(photo('a', "again.jpg", null, NOW.plusSeconds(1)), added, photo('b', "twice.jpg", null, NOW)));
            return null;
        });
        assertEquals(Optional.of(known), fx.read(tx -> tx.photos().find(sha('a'))));
        assertEquals(Optional.of(added), fx.read(tx -> tx.photos().find(sha('b'))), "the first of a batch is kept too");
        assertEquals(2, fx.count("photo"));
    }

    @Test
    void findsNothingForAnUnknownHash() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.photos().find(sha('f'))));
    }
}
