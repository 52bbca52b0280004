package org.civicinspect.service;

import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.store.Workspace;

/** The workspace's device key fingerprint, for settings and, later, every package it signs. */
public final class ShowDeviceKey {

    private final Workspace workspace;

    ShowDeviceKey(Workspace workspace) {
        this.workspace = workspace;
    }

    public String fingerprint() {
        return DeviceKey.loadOrCreate(workspace.folder().resolve("keys")).fingerprint();
    }
}
