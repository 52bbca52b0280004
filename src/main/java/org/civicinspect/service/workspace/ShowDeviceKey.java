package org.civicinspect.service.workspace;

import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.store.Workspace;

/** The workspace's device key fingerprint, for settings and, later, every package it signs. */
public final class ShowDeviceKey {

    private final Workspace workspace;

    public ShowDeviceKey(Workspace workspace) {
        this.workspace = workspace;
    }

    public String fingerprint() {
        return DeviceKey.loadOrCreate(workspace.folder().resolve("keys")).fingerprint();
    }
}
