package org.stakeholderportal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aDeadlockDeepInTheContainersWrappersIsContentionNotAnOutage() {
        // As WildFly delivered it in the load benchmark: EJBException > OptimisticLockException > … > the driver's exception.
        Throwable deadlock = new EJBException(new OptimisticLockException(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213))));
        assertTrue(DatabaseOutage.contention(deadlock));
        assertFalse(DatabaseOutage.causedBy(deadlock));
        assertEquals(Optional.of(DatabaseOutage.Trouble.BUSY), DatabaseOutage.Trouble.of(deadlock));
    }

    @Test
    void aLockWaitTimeoutIsContention() {
        assertTrue(DatabaseOutage.contention(new PersistenceException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
    }

    @Test
    void otherDatabaseErrorsAreNeither() {
        Throwable duplicate = new EJBException(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(DatabaseOutage.contention(duplicate));
        assertFalse(DatabaseOutage.causedBy(duplicate));
        assertEquals(Optional.empty(), DatabaseOutage.Trouble.of(duplicate));
        assertFalse(DatabaseOutage.contention(new OptimisticLockException("Row was updated by another transaction")));
    }

    @Test
    void aLostConnectionIsAnOutage() {
        Throwable lost = new EJBException(new PersistenceException(new SQLNonTransientConnectionException("Connection refused", "08000")));
        assertTrue(DatabaseOutage.causedBy(lost));
        assertFalse(DatabaseOutage.contention(lost));
        assertEquals(Optional.of(DatabaseOutage.Trouble.UNREACHABLE), DatabaseOutage.Trouble.of(lost));
    }
}
