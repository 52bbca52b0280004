package org.civicinspect.store;

import java.sql.SQLException;

/** A piece of work on the repositories of one transaction, run by {@link Workspace#read} or inside a {@link Workspace#write} transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Tx tx) throws SQLException;
}
