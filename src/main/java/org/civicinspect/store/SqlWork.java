package org.civicinspect.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on one connection, run by {@link Workspace#read} or inside a {@link Workspace#write} transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
