package org.civicinspect.service.workspace;

import java.nio.file.Path;
import java.util.Base64;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.store.AuditAnchor;

/** The device key as the audit anchor's seal: read from {@code keys/} once, on first use, then held. */
public final class DeviceSeal implements AuditAnchor.Seal {

    private final Path keys;
    private volatile DeviceKey key;
    private volatile String publicKey;

    public DeviceSeal(Path keys) {
        this.keys = keys;
    }

    private DeviceKey key() {
        DeviceKey known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = DeviceKey.loadOrCreate(keys);
                    publicKey = Base64.getEncoder().encodeToString(key.publicKey().getEncoded());
                }
                known = key;
            }
        }
        return known;
    }

    @Override
    public String publicKey() {
        key();
        return publicKey;
    }

    @Override
    public String sign(byte[] data) {
        return Base64.getEncoder().encodeToString(key().sign(data));
    }

    @Override
    public boolean holds(String publicKey, byte[] data, String signature) {
        try {
            return DeviceKey.verify(Base64.getDecoder().decode(publicKey), data, Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The fingerprint of a public key as an anchor names it (X.509, Base64); empty when it is none. */
    public static String fingerprint(String publicKey) {
        try {
            return publicKey.isEmpty() ? "" : DeviceKey.fingerprint(Base64.getDecoder().decode(publicKey));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
