package org.civicinspect.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * The workspace's device key pair (Ed25519, from the JDK), made on first use in {@code keys/}: the private key
 * readable by its owner alone where the file system allows. Packages are signed with it; people compare its
 * fingerprint, the SHA-256 of the public key, in groups of four hex digits.
 */
public final class DeviceKey {

    static final String PRIVATE_FILE = "device-ed25519.key";
    static final String PUBLIC_FILE = "device-ed25519.pub";
    private static final String ALGORITHM = "Ed25519";

    private final KeyPair pair;

    private DeviceKey(KeyPair pair) {
        this.pair = pair;
    }

    /** The key pair in {@code keys}, made there when there is none yet. */
    public static DeviceKey loadOrCreate(Path keys) {
        try {
            Path privateFile = keys.resolve(PRIVATE_FILE);
            Path publicFile = keys.resolve(PUBLIC_FILE);
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
                return new DeviceKey(new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)))));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(keys);
            writeOwnerOnly(privateFile, pair.getPrivate().getEncoded());
            Files.write(publicFile, pair.getPublic().getEncoded());
            return new DeviceKey(pair);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the device key cannot be read or made", e);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
            temp.toFile().setReadable(false, false);
            temp.toFile().setReadable(true, true);
        }
        Files.write(temp, bytes);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    /** SHA-256 of the public key, e.g. {@code 3f2a 9c01 …}, 16 groups. */
    public String fingerprint() {
        return fingerprint(pair.getPublic().getEncoded());
    }

    /** The fingerprint of an encoded (X.509) public key. */
    public static String fingerprint(byte[] encodedPublicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encodedPublicKey);
            String hex = HexFormat.of().formatHex(digest);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
            }
            return grouped.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Ed25519 signature of the bytes. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(pair.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** Whether {@code signed} is the signature of {@code data} by the encoded public key; false for any key or signature that is not one. */
    public static boolean verify(byte[] encodedPublicKey, byte[] data, byte[] signed) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encodedPublicKey));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signed);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
