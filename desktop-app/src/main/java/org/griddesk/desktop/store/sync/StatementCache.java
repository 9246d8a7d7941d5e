package org.griddesk.desktop.store.sync;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reuses prepared statements for the length of one transaction: a store transaction runs the same dozen small
 * statements for every record it touches, and preparing each anew dominated the cost. The connection handed out
 * returns one statement per SQL text (and generated-keys flag); closing such a statement only clears its
 * parameters, and {@link #close} closes them all when the transaction ends.
 */
final class StatementCache {

    private final Connection target;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final List<PreparedStatement> opened = new ArrayList<>();

    StatementCache(Connection target) {
        this.target = target;
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this::onConnection);
    }

    Connection connection() {
        return connection;
    }

    void close() {
        for (PreparedStatement statement : opened) {
            try {
                statement.close();
            } catch (SQLException e) {
                // the connection closes right after, which releases the statement anyway
            }
        }
        opened.clear();
        statements.clear();
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                && (args.length == 1 || (args.length == 2 && args[1] instanceof Integer))) {
            String cacheKey = args.length == 1 ? sql : args[1] + ":" + sql;
            PreparedStatement cached = statements.get(cacheKey);
            if (cached == null) {
                PreparedStatement real = args.length == 1
                        ? target.prepareStatement(sql)
                        : target.prepareStatement(sql, (Integer) args[1]);
                opened.add(real);
                cached = reusable(real);
                statements.put(cacheKey, cached);
            }
            return cached;
        }
        return invoke(target, method, args);
    }

    private static PreparedStatement reusable(PreparedStatement real) {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        real.clearParameters();
                        real.clearBatch();
                        return null;
                    }
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                        return false;
                    }
                    return invoke(real, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
